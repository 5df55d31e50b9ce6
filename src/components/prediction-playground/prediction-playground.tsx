import { type FormEvent, useId, useRef, useState } from 'react';
import type { KonanDeployment, KonanJson, KonanPrediction } from '../../client/data-types.js';
import { Button } from '../shared/button.js';
import { EmptyState } from '../shared/empty-state.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { FormField } from '../shared/form-field.js';
import { useFormatters } from '../shared/format.js';
import { Heading, subHeadingLevel } from '../shared/heading.js';
import { isolateBidi } from '../shared/isolate-bidi.js';
import { KonanRoot } from '../shared/root.js';
import { Spinner } from '../shared/spinner.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { FeedbackForm } from './feedback-form.js';
import type { PlaygroundFeedbackStatus } from './feedback-status.js';
import type { FeedbackTarget } from './feedback-target.js';
import { inputExample } from './input-example.js';
import { type JsonInputProblem, type JsonInputResult, parseJsonInput } from './json-input.js';
import { JsonTextArea } from './json-text-area.js';
import { PredictionOutput } from './prediction-output.js';
import {
  defaultPredictionPlaygroundLabels,
  type PredictionPlaygroundLabels,
} from './prediction-playground-labels.js';
import { problemText } from './problem-text.js';
import { useJsonDraft } from './use-json-draft.js';

export interface PredictionPlaygroundProps
  extends KonanHeadedViewProps<PredictionPlaygroundLabels> {
  /** Nobody is signed in: only the signed-out state shows. */
  signedOut?: boolean;
  /** The deployments to pick from. Omit it to predict with `selectedDeployment` only (no picker). */
  deployments?: readonly KonanDeployment[] | undefined;
  deploymentsPending?: boolean;
  /** The session is still being established: nothing can be sent yet. */
  connecting?: boolean;
  deploymentsError?: unknown;
  onRetryDeployments?: () => void;
  selectedDeployment?: string | undefined;
  onSelectDeployment?: (deploymentUuid: string) => void;
  /** Called with the parsed input; never with invalid JSON. */
  onPredict: (input: KonanJson) => void;
  pending?: boolean;
  error?: unknown;
  /** The last prediction: its output, UUID and the feedback form. */
  prediction?: KonanPrediction | undefined;
  /** Called with a validated target (a JSON object or a string) for `prediction`. */
  onSubmitFeedback?: (target: FeedbackTarget) => void;
  feedbackPending?: boolean;
  feedbackStatus?: PlaygroundFeedbackStatus | undefined;
  /** The submission failed as a whole (e.g. the session expired). */
  feedbackError?: unknown;
  /** Send the feedback again when it was not sent. */
  onRetryFeedback?: () => void;
  /** The input the editor starts with. */
  defaultInput?: string;
}

/**
 * Try a deployment's live model: pick the deployment, write the input as JSON (validated, with
 * the position of any mistake), read the output, copy the prediction's UUID and give feedback.
 */
export function PredictionPlayground({
  signedOut = false,
  deployments,
  deploymentsPending = false,
  connecting = false,
  deploymentsError,
  onRetryDeployments,
  selectedDeployment,
  onSelectDeployment,
  onPredict,
  pending = false,
  error,
  prediction,
  onSubmitFeedback,
  feedbackPending = false,
  feedbackStatus,
  feedbackError,
  onRetryFeedback,
  defaultInput = '',
  labels,
  headingLevel = 2,
  className,
}: PredictionPlaygroundProps) {
  const l = useLabels('predictionPlayground', defaultPredictionPlaygroundLabels, labels);
  const formatters = useFormatters();
  const titleId = useId();
  const {
    text: input,
    setText: setInput,
    edit,
    problem,
    setProblem,
    textAreaRef: textArea,
  } = useJsonDraft<JsonInputProblem>(defaultInput);
  // A new default (the example arriving after the first render) replaces the input only while
  // the user has not changed it: what they typed is never thrown away.
  const [shownDefault, setShownDefault] = useState(defaultInput);
  if (defaultInput !== shownDefault) {
    setShownDefault(defaultInput);
    if (input === shownDefault) setInput(defaultInput);
  }
  // The empty-input message suggests an input this deployment took, when one is known.
  const found = inputExample(shownDefault);
  const example = found === undefined ? undefined : isolateBidi(found);
  const [deploymentMissing, setDeploymentMissing] = useState(false);
  const select = useRef<HTMLSelectElement>(null);

  const showPicker = deployments !== undefined || deploymentsPending || Boolean(deploymentsError);
  const noDeployments = deployments !== undefined && deployments.length === 0;

  /** The input parsed; when it is not JSON, says why and puts the caret where it goes wrong. */
  const checkInput = (): JsonInputResult => {
    const parsed = parseJsonInput(input);
    setProblem(parsed.ok ? undefined : parsed.problem);
    const element = textArea.current;
    if (!parsed.ok && element) {
      element.focus();
      const { problem: found } = parsed;
      if (found.kind === 'syntax') element.setSelectionRange(found.offset, found.offset + 1);
    }
    return parsed;
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    const parsed = checkInput();
    if (!parsed.ok) return;
    if (!selectedDeployment) {
      setDeploymentMissing(true);
      select.current?.focus();
      return;
    }
    onPredict(parsed.value);
  };

  const format = () => {
    const parsed = checkInput();
    if (parsed.ok) setInput(JSON.stringify(parsed.value, null, 2));
  };

  const selectError = deploymentMissing && !selectedDeployment ? l.deploymentRequired : undefined;
  const rootClass = className
    ? `konan-prediction-playground ${className}`
    : 'konan-prediction-playground';
  const title = (
    <Heading level={headingLevel} id={titleId} className="konan-panel-title">
      {l.title}
    </Heading>
  );

  if (signedOut) {
    return (
      <KonanRoot className={rootClass}>
        <section className="konan-panel" aria-labelledby={titleId}>
          {title}
          <EmptyState title={l.signedOutTitle} />
        </section>
      </KonanRoot>
    );
  }

  return (
    <KonanRoot className={rootClass}>
      <section className="konan-panel" aria-labelledby={titleId}>
        {title}
        {deploymentsError ? (
          <ErrorAlert
            title={l.deploymentsErrorTitle}
            error={deploymentsError}
            onRetry={onRetryDeployments}
            retryLabel={l.retry}
          />
        ) : null}
        {connecting ? <Spinner label={l.connecting} /> : null}
        {deploymentsPending && !connecting ? <Spinner label={l.deploymentsLoading} /> : null}
        {noDeployments ? (
          <div role="status">
            <EmptyState title={l.deploymentsEmptyTitle}>
              <p className="konan-prediction-playground-hint">{l.deploymentsEmptyHint}</p>
            </EmptyState>
          </div>
        ) : null}
        {!noDeployments && !deploymentsPending && !connecting && !deploymentsError ? (
          <div className="konan-prediction-playground-body">
            <form
              className="konan-form konan-prediction-playground-form"
              onSubmit={submit}
              noValidate
            >
              {showPicker && deployments ? (
                <FormField label={l.deploymentLabel} error={selectError} announceError>
                  {(control) => (
                    <select
                      {...control}
                      ref={select}
                      className="konan-select"
                      value={selectedDeployment ?? ''}
                      onChange={(event) => onSelectDeployment?.(event.target.value)}
                    >
                      {selectedDeployment ? null : (
                        <option value="" disabled>
                          {l.deploymentPlaceholder}
                        </option>
                      )}
                      {deployments.map((deployment) => (
                        <option key={deployment.uuid} value={deployment.uuid}>
                          {deployment.name}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              ) : null}
              <JsonTextArea
                label={l.inputLabel}
                hint={l.inputHint}
                value={input}
                onChange={edit}
                onSubmitShortcut={() => submit()}
                error={problem && problemText(problem, l, l.inputRequired(example), formatters)}
                rows={10}
                textAreaRef={textArea}
              />
              <div className="konan-row">
                <Button type="submit" variant="primary" aria-disabled={pending}>
                  {l.predict}
                </Button>
                <Button onClick={format}>{l.formatJson}</Button>
              </div>
            </form>
            <div className="konan-prediction-playground-result">
              <p className="konan-prediction-playground-status" role="status">
                {pending ? <span className="konan-spinner">{l.predictPending}</span> : null}
                {!pending && prediction && !error ? (
                  <span className="konan-visually-hidden">{l.predictDone}</span>
                ) : null}
              </p>
              {error && !pending ? <ErrorAlert title={l.errorTitle} error={error} /> : null}
              {prediction && !pending ? (
                <>
                  <PredictionOutput
                    prediction={prediction}
                    labels={l}
                    headingLevel={subHeadingLevel(headingLevel)}
                  />
                  {onSubmitFeedback ? (
                    <FeedbackForm
                      key={prediction.uuid}
                      prediction={prediction}
                      onSubmit={onSubmitFeedback}
                      pending={feedbackPending}
                      status={feedbackStatus}
                      error={feedbackError}
                      onRetry={onRetryFeedback}
                      labels={l}
                      headingLevel={subHeadingLevel(headingLevel)}
                    />
                  ) : null}
                </>
              ) : null}
            </div>
          </div>
        ) : null}
      </section>
    </KonanRoot>
  );
}
