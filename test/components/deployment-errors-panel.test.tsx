// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DeploymentErrorsPanel,
  groupDeploymentErrors,
} from '../../src/components/deployment-errors-panel';

afterEach(cleanup);

describe('groupDeploymentErrors', () => {
  it('orders known types as a deployment fails, then unknown ones as they came', () => {
    const groups = groupDeploymentErrors([
      { type: 'zeta', message: 'z' },
      { type: 'health_endpoint', message: 'h1' },
      { type: 'alpha', message: 'a' },
      { type: 'image', message: 'i' },
      { type: 'health_endpoint', message: 'h1' },
      { type: 'health_endpoint', message: ' h2 ' },
      { type: 'exposed_port', message: '' },
    ]);
    expect(groups).toEqual([
      { type: 'image', messages: ['i'] },
      { type: 'exposed_port', messages: [] },
      { type: 'health_endpoint', messages: ['h1', 'h2'] },
      { type: 'zeta', messages: ['z'] },
      { type: 'alpha', messages: ['a'] },
    ]);
  });

  it('survives missing or blank types and messages', () => {
    const bad = [{ type: '  ', message: 'x' }, { message: 'y' }, null] as never;
    expect(groupDeploymentErrors(bad)).toEqual([{ type: 'unknown', messages: ['x', 'y'] }]);
  });
});

describe('DeploymentErrorsPanel', () => {
  it('says the deployment is healthy when there are no errors', () => {
    render(<DeploymentErrorsPanel errors={[]} containerLogs="" />);
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('The deployment is healthy'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders server text as text, never as markup', () => {
    const { container } = render(
      <DeploymentErrorsPanel
        errors={[{ type: '<i>x</i>', message: '<img src=x onerror=alert(1)>' }]}
        containerLogs={'<script>alert(1)</script>\n\u001b[31mred\u001b[0m'}
        labels={{ unknown: (type) => ({ title: `Unknown: ${type}`, explanation: 'e', hint: 'h' }) }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Unknown: <i>x</i>' })).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img, script, i')).toBeNull();
    // jsdom has no layout, so the virtualized lines are not rendered; the line count is.
    expect(screen.getByRole('region', { name: 'Container logs' })).toBeTruthy();
    expect(screen.getByText('2 lines')).toBeTruthy();
  });
});
