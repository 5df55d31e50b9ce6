import { useRef, useState } from 'react';

/**
 * What is typed in a JSON field and the problem its last check found: editing the text clears
 * the problem (it may no longer hold), and the ref lets a check put the caret on it.
 */
export function useJsonDraft<P>(initial: string | (() => string)) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<P | undefined>();
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  const edit = (value: string) => {
    setText(value);
    setProblem(undefined);
  };
  return { text, setText, edit, problem, setProblem, textAreaRef };
}
