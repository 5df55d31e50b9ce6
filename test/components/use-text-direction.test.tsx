// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTextDirection } from '../../src/components/shared/chart/use-text-direction';

afterEach(cleanup);

describe('useTextDirection', () => {
  it('does not render its component twice when the direction has not changed', () => {
    let renders = 0;
    let grow: () => void = () => {};
    function Probe() {
      renders++;
      const ref = useRef<HTMLSpanElement>(null);
      const [width, setWidth] = useState(600);
      grow = () => setWidth((w) => w + 1);
      return (
        <span ref={ref} data-width={width}>
          {useTextDirection(ref)}
        </span>
      );
    }
    render(<Probe />);
    for (let i = 0; i < 3; i++) {
      const before = renders;
      act(() => grow());
      // One render per width: a direction queued again (though unchanged) made it two.
      expect(renders - before).toBe(1);
    }
  });
});
