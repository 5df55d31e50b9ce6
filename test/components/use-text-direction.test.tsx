// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTextDirection } from '../../src/components/shared/chart/use-text-direction';

afterEach(cleanup);

const probe = { renders: 0, grow: () => {} };

function Probe() {
  probe.renders++;
  const ref = useRef<HTMLSpanElement>(null);
  const [width, setWidth] = useState(600);
  probe.grow = () => setWidth((w) => w + 1);
  return (
    <span ref={ref} data-width={width}>
      {useTextDirection(ref)}
    </span>
  );
}

describe('useTextDirection', () => {
  it('does not render its component twice when the direction has not changed', () => {
    render(<Probe />);
    for (let i = 0; i < 3; i++) {
      const before = probe.renders;
      act(() => probe.grow());
      // One render per width: a direction queued again (though unchanged) made it two.
      expect(probe.renders - before).toBe(1);
    }
  });
});
