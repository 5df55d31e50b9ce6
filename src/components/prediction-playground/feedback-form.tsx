import { type FormEvent, useId } from 'react';
import type { KonanPrediction } from '../../client/data-types.js';
import { Badge, type BadgeTone } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { useFormatters } from '../shared/format.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import type { PlaygroundFeedbackStatus } from './feedback-status.js';
import {
  type FeedbackTarget,
  type FeedbackTargetProblem,
  initialTargetText,
  parseFeedbackTarget,
} from './feedback-target.js';
import { JsonTextArea } from './json-text-area.js';
import type { PredictionPlaygroundLabels } from './prediction-playground-labels.js';
import { problemText } from './problem-text.js';
import { useJsonDraft } from './use-json-draft.js';

export interface FeedbackFormProps {
  prediction: KonanPrediction;
  onSubmit: (target: FeedbackTarget) => void;
  pending: boolean;
  status: PlaygroundFeedbackStatus | undefined;
  error: unknown;
  onRetry: (() => void) | undefined;
  labels: PredictionPlaygroundLabels;
  headingLevel: KonanHeadingLevel;
}

const tones: Record<PlaygroundFeedbackStatus['outcome'], BadgeTone> = {
  accepted: 'success',
  rejected: 'danger',
  notSent: 'warning',
};

/** The ground truth for one prediction, validated before it is sent, and the server's answer. */
export function FeedbackForm({
  prediction,
  onSubmit,
  pending,
  status,
  error,
  onRetry,
  labels: l,
  headingLevel,
}: FeedbackFormProps) {
  const format = useFormatters();
  const titleId = useId();
  const {
    text,
    edit,
    problem,
    setProblem,
    textAreaRef: textArea,
  } = useJsonDraft<FeedbackTargetProblem>(() => initialTargetText(prediction.output));

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    const parsed = parseFeedbackTarget(text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      textArea.current?.focus();
      return;
    }
    setProblem(undefined);
    onSubmit(parsed.target);
  };

  const outcome = status
    ? { accepted: l.accepted, rejected: l.rejected, notSent: l.notSent }[status.outcome]
    : '';
  const message = status?.message || (status?.outcome === 'accepted' ? l.acceptedMessage : '');

  return (
    <section className="konan-prediction-playground-feedback" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId} className="konan-prediction-playground-subtitle">
        {l.feedbackTitle}
      </Heading>
      <form className="konan-form" onSubmit={submit} noValidate>
        <JsonTextArea
          label={l.targetLabel}
          hint={l.targetHint}
          value={text}
          onChange={edit}
          onSubmitShortcut={() => submit()}
          error={problem && problemText(problem, l, l.targetRequired, format)}
          rows={3}
          textAreaRef={textArea}
        />
        <div className="konan-row">
          <Button type="submit" aria-disabled={pending}>
            {l.sendFeedback}
          </Button>
        </div>
      </form>
      <div className="konan-prediction-playground-feedback-status" role="status">
        {pending ? <span className="konan-spinner">{l.sendFeedbackPending}</span> : null}
        {!pending && status ? (
          <p className="konan-row konan-prediction-playground-outcome">
            <Badge tone={tones[status.outcome]}>{outcome}</Badge>
            {message ? <span>{message}</span> : null}
          </p>
        ) : null}
      </div>
      {!pending && status?.outcome === 'notSent' && onRetry ? (
        <div className="konan-row">
          <Button onClick={() => onRetry()}>{l.retryFeedback}</Button>
        </div>
      ) : null}
      {!pending && error ? <ErrorAlert title={l.feedbackErrorTitle} error={error} /> : null}
    </section>
  );
}
