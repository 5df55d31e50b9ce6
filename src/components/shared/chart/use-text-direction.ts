import { type RefObject, useLayoutEffect, useState } from 'react';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * The text direction (`ltr` / `rtl`) an element inherits, read once it is mounted. Charts keep
 * their time axis left to right in both directions (as users of right-to-left scripts expect of
 * time) and mirror what sits around it: the value axis moves to the right in `rtl`.
 */
export function useTextDirection(ref: RefObject<Element | null>): 'ltr' | 'rtl' {
  const [direction, setDirection] = useState<'ltr' | 'rtl'>('ltr');
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
    // Only a change is set: even an unchanged value queued from a layout effect makes React
    // render the component again, synchronously (a 10,000-point chart drew its line twice on
    // every resize).
    if (read !== direction) setDirection(read);
  });
  return direction;
}
