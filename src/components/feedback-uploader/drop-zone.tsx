import { type ChangeEvent, type DragEvent, useId, useState } from 'react';
import { Button } from '../shared/button.js';
import type { FeedbackUploaderLabels } from './feedback-uploader-labels.js';

interface DropZoneProps {
  onFile(file: File): void;
  onText(text: string): void;
  disabled: boolean;
  /** A file is already loaded: a smaller zone, to leave room for the report. */
  compact: boolean;
  labels: FeedbackUploaderLabels;
}

export const FEEDBACK_FILE_ACCEPT = '.csv,.tsv,.json,.txt,text/csv,application/json,text/plain';

/** A file input (also a drop target) and, folded, a text area to paste the content instead. */
export function DropZone({ onFile, onText, disabled, compact, labels }: DropZoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (file) onFile(file);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div className="konan-stack">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut for the file input inside. */}
      <div
        className="konan-feedback-uploader-drop"
        data-dragging={dragging || undefined}
        data-disabled={disabled || undefined}
        data-compact={compact || undefined}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <p className="konan-feedback-uploader-drop-title">
          {dragging ? labels.dropping : labels.dropZone}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept={FEEDBACK_FILE_ACCEPT}
          className="konan-visually-hidden konan-feedback-uploader-file"
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          onChange={onChange}
        />
        <label
          htmlFor={`${id}-file`}
          className="konan-button konan-feedback-uploader-choose"
          data-variant="primary"
        >
          {labels.chooseFile}
        </label>
        <p id={`${id}-hint`} className="konan-hint">
          {labels.fileHint}
        </p>
      </div>
      <details className="konan-feedback-uploader-paste">
        <summary>{labels.pasteToggle}</summary>
        <div className="konan-field">
          <label className="konan-label" htmlFor={`${id}-paste`}>
            {labels.pasteLabel}
          </label>
          <textarea
            id={`${id}-paste`}
            className="konan-textarea"
            aria-describedby={`${id}-paste-hint`}
            value={pasted}
            disabled={disabled}
            spellCheck={false}
            onChange={(event) => setPasted(event.target.value)}
          />
          <span id={`${id}-paste-hint`} className="konan-hint">
            {labels.pasteHint}
          </span>
        </div>
        <Button disabled={disabled || pasted.trim() === ''} onClick={() => onText(pasted)}>
          {labels.usePasted}
        </Button>
      </details>
    </div>
  );
}
