// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListState, type ListStateProps } from '../../src/components/shared/list-state';

afterEach(cleanup);

const labels = {
  loading: 'Loading things…',
  errorTitle: 'The things could not be loaded',
  retry: 'Retry',
  signedOutTitle: 'Log in to see the things.',
  emptyTitle: 'No things yet',
  emptyHint: 'Add a thing to start.',
};

function renderState(props: Partial<ListStateProps>) {
  return render(
    <ListState
      loaded={false}
      empty={false}
      labels={labels}
      skeleton={{ rows: 4, height: '2rem' }}
      {...props}
    >
      <ul aria-label="Things">
        <li>A thing</li>
      </ul>
    </ListState>,
  );
}

describe('ListState', () => {
  it('holds the place of the rows with one skeleton bar each while they load', () => {
    const { container } = renderState({ pending: true });
    expect(screen.getByRole('status').textContent).toBe('Loading things…');
    expect(container.querySelectorAll('.konan-skeleton-bar')).toHaveLength(4);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('reports a first load that failed, with a retry', () => {
    const onRetry = vi.fn();
    renderState({ error: new Error('boom'), onRetry, pending: true });
    expect(screen.getByText('The things could not be loaded')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('asks to log in rather than show what a previous session left', () => {
    renderState({ signedOut: true, pending: true, error: new Error('401') });
    expect(screen.getByText('Log in to see the things.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows the empty state with its hint and action, or without the hint', () => {
    renderState({ loaded: true, empty: true, emptyAction: <button type="button">Add</button> });
    expect(screen.getByRole('status').textContent).toContain('No things yet');
    expect(screen.getByText('Add a thing to start.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add' })).toBeTruthy();
    cleanup();
    renderState({ loaded: true, empty: true, emptyHint: false });
    expect(screen.queryByText('Add a thing to start.')).toBeNull();
  });

  it('keeps the rows under a warning when a refresh fails, only if its labels name it', () => {
    renderState({
      loaded: true,
      error: new Error('boom'),
      labels: { ...labels, refreshErrorTitle: 'Not refreshed' },
    });
    expect(screen.getByText('Not refreshed')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Things' })).toBeTruthy();
    cleanup();
    renderState({ loaded: true, error: new Error('boom') });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('list', { name: 'Things' })).toBeTruthy();
  });
});
