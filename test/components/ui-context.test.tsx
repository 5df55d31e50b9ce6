// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginForm } from '../../src/components/login-form';
import { KonanUIProvider, useKonanUI } from '../../src/components/shared/ui-context';
import { konanArabicLabels } from '../../src/locales/ar';

afterEach(cleanup);

function Probe() {
  const { locale, theme } = useKonanUI();
  return <output aria-label="UI options">{`${locale} ${theme}`}</output>;
}

describe('a KonanUIProvider inside another', () => {
  it('keeps the outer locale and label pack, and sets only what it names', () => {
    render(
      <KonanUIProvider locale="ar" labels={konanArabicLabels}>
        <KonanUIProvider theme="dark" labels={{ loginForm: { title: 'ادخل إلى Acme' } }}>
          <Probe />
          <LoginForm onSubmit={() => {}} />
        </KonanUIProvider>
      </KonanUIProvider>,
    );
    expect(screen.getByRole('status', { name: 'UI options' }).textContent).toBe('ar dark');
    expect(screen.getByRole('heading', { name: 'ادخل إلى Acme' })).toBeTruthy();
    // The rest of the login form's texts still come from the outer Arabic pack.
    expect(screen.getByRole('button', { name: konanArabicLabels.loginForm.submit })).toBeTruthy();
  });

  it('overrides the outer theme and locale where it names them', () => {
    render(
      <KonanUIProvider locale="ar" theme="dark">
        <KonanUIProvider locale="en-US" theme="light">
          <Probe />
        </KonanUIProvider>
      </KonanUIProvider>,
    );
    expect(screen.getByRole('status', { name: 'UI options' }).textContent).toBe('en-US light');
  });
});
