// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { KonanNetworkError } from '../../src/client/errors';
import { FeatureDriftPanel } from '../../src/components/feature-drift-panel';
import { ErrorAlert } from '../../src/components/shared/error-alert';

afterEach(cleanup);

// Callbacks typed `() => void` get no arguments, not the click's React event: `onRetry={refetch}`
// must not hand TanStack's refetch an event as its options, and Storybook's action log must not
// serialise the event (its `view` is the window, whose Story Store getter warns).
it('ErrorAlert calls onRetry with no arguments', async () => {
  const onRetry = vi.fn();
  render(
    <ErrorAlert
      title="Failed"
      error={new KonanNetworkError('offline')}
      onRetry={onRetry}
      retryLabel="Retry"
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(onRetry).toHaveBeenCalledWith();
});

it('FeatureDriftPanel calls onCancel with no arguments', async () => {
  const onCancel = vi.fn();
  render(<FeatureDriftPanel pending progress={{ read: 10, total: 100 }} onCancel={onCancel} />);
  await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onCancel).toHaveBeenCalledWith();
});
