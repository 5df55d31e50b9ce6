// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackUploader } from '../../src/components/feedback-uploader';
import { KonanUIProvider } from '../../src/components/shared';

afterEach(cleanup);

const upload = (text: string, name: string) =>
  fireEvent.change(screen.getByLabelText('Choose a file'), {
    target: { files: [new File([text], name)] },
  });

const renderUploader = (props: Partial<Parameters<typeof FeedbackUploader>[0]> = {}) => {
  const onSubmit = vi.fn();
  render(
    <KonanUIProvider locale="en-US">
      <FeedbackUploader onSubmit={onSubmit} {...props} />
    </KonanUIProvider>,
  );
  return onSubmit;
};

describe('FeedbackUploader', () => {
  it('reads a CSV file, previews it and submits every row', async () => {
    const onSubmit = renderUploader();
    upload('prediction_uuid,target\np-1,cat\np-2,"{""label"": ""dog""}"\n', 'f.csv');
    await screen.findByText('f.csv · CSV · 2 rows');
    expect(screen.getByText('All 2 rows are valid.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit 2 rows' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { predictionUuid: 'p-1', target: 'cat' },
      { predictionUuid: 'p-2', target: { label: 'dog' } },
    ]);
  });

  it('blocks a file with problems until the user skips the bad rows', async () => {
    const onSubmit = renderUploader();
    upload('prediction_uuid,target\np-1,cat\np-1,dog\np-2,\n', 'f.csv');
    await screen.findByText('2 problems found');
    expect(screen.getByText(/Line 3:/).parentElement?.textContent).toBe(
      'Line 3: Duplicate prediction_uuid p-1: it is first on line 2.',
    );
    const submit = screen.getByRole('button', { name: 'Submit 1 valid row' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith([{ predictionUuid: 'p-1', target: 'cat' }]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    renderUploader({ maxBytes: 10 });
    upload('prediction_uuid,target\np-1,cat\n', 'f.csv');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('the limit is'));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows progress and cancel while submitting, hiding the file input', () => {
    const onCancel = vi.fn();
    renderUploader({
      pending: true,
      onCancel,
      progress: { done: 5, total: 10, accepted: 5, rejected: 0, notSent: 0 },
    });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5');
    expect(screen.queryByLabelText('Choose a file')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('starts over from a result: the result goes and the file input comes back', () => {
    const onReset = vi.fn();
    renderUploader({
      onReset,
      result: { statuses: [], accepted: 0, rejected: 0, notSent: [], total: 0 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload another file' }));
    expect(onReset).toHaveBeenCalled();
    expect(screen.getByLabelText('Choose a file')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });
});
