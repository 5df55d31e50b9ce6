import { useId } from 'react';
import type { KonanPrediction } from '../../client/data-types.js';
import { CopyButton } from '../shared/copy-button.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import type { PredictionPlaygroundLabels } from './prediction-playground-labels.js';

/** The model's output as pretty JSON (text), and the prediction's UUID with a copy button. */
export function PredictionOutput({
  prediction,
  labels: l,
  headingLevel,
}: {
  prediction: KonanPrediction;
  labels: PredictionPlaygroundLabels;
  headingLevel: KonanHeadingLevel;
}) {
  const titleId = useId();
  return (
    <section className="konan-prediction-playground-output" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId} className="konan-prediction-playground-subtitle">
        {l.outputTitle}
      </Heading>
      <pre className="konan-mono konan-prediction-playground-json">
        {JSON.stringify(prediction.output, null, 2)}
      </pre>
      <dl className="konan-prediction-playground-uuid">
        <dt className="konan-label">{l.predictionUuid}</dt>
        <dd className="konan-row">
          <code className="konan-mono">{prediction.uuid}</code>
          <CopyButton
            text={prediction.uuid}
            copiedMessage={l.copyDone}
            failedMessage={l.copyFailed}
          >
            {l.copyUuid}
          </CopyButton>
        </dd>
      </dl>
    </section>
  );
}
