// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KonanHttpError,
  KonanNetworkError,
  KonanSessionError,
  KonanValidationError,
} from '../../src/client/errors';
import { ErrorAlert } from '../../src/components/shared/error-alert';
import { errorText } from '../../src/components/shared/error-text';

afterEach(cleanup);

const predictUrl = 'https://api.konan.ai/deployments/d-1/predict/';
const noLive = new KonanHttpError({
  status: 409,
  method: 'POST',
  url: predictUrl,
  serverMessage: 'Deployment "Churn" cannot predict: it has no live model.',
});

function firstLine() {
  const alert = screen.getByRole('alert');
  return alert.querySelector('.konan-error-alert-message')?.textContent ?? '';
}

describe('ErrorAlert: the first line speaks the user’s terms', () => {
  it('says a prediction found no live model and what to do, without status, method or URL', () => {
    render(<ErrorAlert title="The prediction failed" error={noLive} />);
    const line = firstLine();
    expect(line).toMatch(/no live model/i);
    expect(line).toMatch(/promote it to live/i);
    expect(line).not.toContain('409');
    expect(line).not.toContain('POST');
    expect(line).not.toContain('https://');
    expect(line).not.toMatch(/conflicts with what exists/);
  });

  it('keeps status, method, URL and the server’s words in a closed details disclosure', () => {
    render(<ErrorAlert title="The prediction failed" error={noLive} />);
    const alert = screen.getByRole('alert');
    const details = alert.querySelector('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    const facts = within(details as HTMLElement);
    expect(facts.getByText('Technical details')).toBeTruthy();
    expect(facts.getByText('409')).toBeTruthy();
    expect(facts.getByText('POST')).toBeTruthy();
    expect(facts.getByText(predictUrl)).toBeTruthy();
    expect(facts.getByText(/cannot predict: it has no live model/)).toBeTruthy();
  });

  it('puts the server’s words in the first line of a refused value (400), never the URL', () => {
    const error = new KonanHttpError({
      status: 400,
      method: 'POST',
      url: 'https://api.konan.ai/deployments/',
      serverMessage: 'exposed_port must be a number',
    });
    render(<ErrorAlert title="Not created" error={error} />);
    expect(firstLine()).toContain('exposed_port must be a number');
    expect(firstLine()).not.toContain('https://');
  });
});

describe('errorText', () => {
  const statuses = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503];
  it.each(statuses)('never shows a status, method or URL for status %i', (status) => {
    const text = errorText(
      new KonanHttpError({ status, method: 'DELETE', url: 'https://api.konan.ai/deployments/x/' }),
    );
    expect(text).not.toContain(String(status));
    expect(text).not.toContain('DELETE');
    expect(text).not.toContain('https://');
  });

  it('tells a failed network and an unexpected response in plain words', () => {
    expect(errorText(new KonanNetworkError('fetch failed: ECONNREFUSED'))).toMatch(
      /could not be reached/,
    );
    const invalid = new KonanValidationError({
      url: 'https://api.konan.ai/deployments/',
      issues: [{ path: 'results.0.uuid', message: 'Required' }],
    });
    expect(errorText(invalid)).not.toContain('results.0.uuid');
    expect(errorText(new KonanSessionError('not_authenticated'))).not.toMatch(/login\(\)/);
  });
});
