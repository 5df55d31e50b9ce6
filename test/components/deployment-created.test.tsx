// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KonanDeploymentCreationResponse } from '../../src/client/data-types';
import { CreateDeploymentForm } from '../../src/components/create-deployment-form';

afterEach(cleanup);

const createdAt = new Date('2024-05-14T09:12:00Z');
const failed: KonanDeploymentCreationResponse = {
  deployment: { uuid: 'd-1', name: 'Fraud', createdAt },
  liveModel: { uuid: 'm-1', name: 'fraud-xgb', createdAt, state: 'live' },
  errors: [{ type: 'image', message: 'The image could not be pulled.' }],
  containerLogs: '',
};

function renderResult(result: KonanDeploymentCreationResponse) {
  render(<CreateDeploymentForm onSubmit={() => undefined} result={result} />);
  return screen.getByText('Live model').parentElement as HTMLElement;
}

describe('CreateDeploymentForm result: the live model', () => {
  it('names the model of a failed deployment and says it is not serving', () => {
    const fact = renderResult(failed);
    expect(fact.textContent).toContain('fraud-xgb');
    expect(fact.textContent).toMatch(/not serving/i);
    expect(fact.textContent).not.toContain('Not reported by this Konan server');
  });

  it('shows a healthy live model without a warning', () => {
    const fact = renderResult({ ...failed, errors: [] });
    expect(fact.textContent).toContain('fraud-xgb');
    expect(fact.textContent).not.toMatch(/not serving/i);
  });

  it('says the server did not report a model only when the answer has none', () => {
    const { liveModel: _omitted, ...withoutModel } = failed;
    const fact = renderResult(withoutModel);
    expect(fact.textContent).toContain('Not reported by this Konan server');
  });
});
