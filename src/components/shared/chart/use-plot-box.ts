import { type RefCallback, useCallback, useRef } from 'react';
import { useContainerWidth } from './use-container-width.js';
import { useTextDirection } from './use-text-direction.js';

/**
 * What a plot needs of the element it is drawn in: its width (followed as it resizes) and its
 * text direction, with the value axis's side for it (`right` in `rtl`), and whether the width has
 * been measured yet (see `useContainerWidth`). Put `ref` on the element.
 */
export function usePlotBox<E extends HTMLElement = HTMLDivElement>(fallbackWidth?: number) {
  const container = useContainerWidth<E>(fallbackWidth);
  const element = useRef<E | null>(null);
  const direction = useTextDirection(element);
  const measure = container.ref;
  const ref = useCallback<RefCallback<E>>(
    (node) => {
      measure(node);
      element.current = node;
    },
    [measure],
  );
  const side: 'left' | 'right' = direction === 'rtl' ? 'right' : 'left';
  return { ref, width: container.width, measured: container.measured, direction, side };
}
