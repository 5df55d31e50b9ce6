// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakableName } from '../../src/components/shared/breakable-name';

afterEach(cleanup);

describe('BreakableName', () => {
  it('offers a line break after each _ and . only, and keeps the text as it is', () => {
    const { container } = render(<BreakableName name="output.employment_years" />);
    expect(container.textContent).toBe('output.employment_years');
    expect(container.querySelectorAll('wbr')).toHaveLength(2);
    expect(container.innerHTML).toBe('output.<wbr>employment_<wbr>years');
  });

  it('renders markup in a name as text', () => {
    const { container } = render(<BreakableName name="<img src=x onerror=alert(1)>_a" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>_a');
  });
});
