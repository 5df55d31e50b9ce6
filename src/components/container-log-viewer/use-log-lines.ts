import { useEffect, useMemo, useRef } from 'react';
import { createLogLines, type LogLines } from './log-lines.js';

/** How long one background step may keep the main thread (ms), well under a 50 ms long task. */
const STEP_MS = 8;

/**
 * The log's lines, split while rendering; what the first screen shows is prepared when it is
 * drawn, and the rest in short steps after the paint, so a long log shows at once and a search or
 * a jump to its end soon after finds every line ready. When the log grows (new output after its
 * last line), the lines already prepared are kept and only the new ones are parsed.
 */
export function useLogLines(text: string): LogLines {
  const shown = useRef<LogLines>(undefined);
  // The lines last shown are a cache to build on, not an input: only a new text makes new lines.
  const lines = useMemo(() => createLogLines(text, shown.current), [text]);
  useEffect(() => {
    shown.current = lines;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (!lines.prepareFor(STEP_MS)) timer = setTimeout(step);
    };
    timer = setTimeout(step);
    return () => clearTimeout(timer);
  }, [lines]);
  return lines;
}
