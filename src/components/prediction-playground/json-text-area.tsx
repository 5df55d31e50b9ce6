import { type KeyboardEvent, type Ref, type TextareaHTMLAttributes, useId } from 'react';

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
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmitShortcut();
    }
  };
  return (
    <div className={className ? `konan-field ${className}` : 'konan-field'}>
      <label className="konan-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        {...textarea}
        ref={textAreaRef}
        id={id}
        className="konan-textarea"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      />
      {hint ? (
        <span id={hintId} className="konan-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="konan-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
