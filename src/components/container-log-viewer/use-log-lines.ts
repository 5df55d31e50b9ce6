import { useEffect, useMemo } from 'react';
import { createLogLines, type LogLines } from './log-lines.js';

/** How long one background step may keep the main thread (ms), well under a 50 ms long task. */
const STEP_MS = 8;

/**
 * The log's lines, split while rendering; what the first screen shows is prepared when it is
 * drawn, and the rest in short steps after the paint, so a long log shows at once and a search or
 * a jump to its end soon after finds every line ready.
 */
export function useLogLines(text: string): LogLines {
  const lines = useMemo(() => createLogLines(text), [text]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (!lines.prepareFor(STEP_MS)) timer = setTimeout(step);
    };
    timer = setTimeout(step);
    return () => clearTimeout(timer);
  }, [lines]);
  return lines;
}
