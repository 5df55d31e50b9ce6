import type { KeyboardEvent, Ref, TextareaHTMLAttributes } from 'react';
import { FormField } from '../shared/form-field.js';

export interface JsonTextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl+Enter (⌘+Enter on a Mac). */
  onSubmitShortcut: () => void;
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled monospace textarea for JSON, its hint and error read with it. */
export function JsonTextArea({
  label,
  hint,
  error,
  value,
  onChange,
  onSubmitShortcut,
  textAreaRef,
  className,
  ...textarea
}: JsonTextAreaProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };
  return (
    <FormField label={label} hint={hint} error={error} announceError className={className}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          ref={textAreaRef}
          className="konan-textarea"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
        />
      )}
    </FormField>
  );
}
