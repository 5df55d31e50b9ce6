import { useState } from 'react';

/**
 * A controlled prop held by the story, as an app would hold it: starts from the story's arg, and
 * each change updates it and still reaches the arg's callback (the story's spy).
 */
export function useArgState<T, Initial>(initial: Initial, onChange?: (value: T) => void) {
  const [value, setValue] = useState<Initial | T>(initial);
  const change = (next: T) => {
    setValue(next);
    onChange?.(next);
  };
  return [value, change] as const;
}
