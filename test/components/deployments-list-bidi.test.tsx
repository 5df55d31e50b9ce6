// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DeploymentsList } from '../../src/components/deployments-list';

afterEach(cleanup);

it('isolates the creation date inside its label, so a right-to-left page does not reorder it', () => {
  render(
    <div dir="rtl">
      <DeploymentsList
        deployments={[
          { uuid: 'd-1', name: 'Loan approval', createdAt: new Date('2026-08-03T10:00:00Z') },
        ]}
        onSelect={() => undefined}
      />
    </div>,
  );
  const line = screen.getByText(/^Created /);
  // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around the date alone.
  expect(line.textContent).toMatch(/^Created \u2068[^\u2068\u2069]+\u2069$/);
});
