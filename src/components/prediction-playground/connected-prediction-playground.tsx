import { useState } from 'react';
import { useDeployments } from '../../react/hooks/use-deployments.js';
import { usePrediction } from '../../react/hooks/use-prediction.js';
import { usePredictions } from '../../react/hooks/use-predictions.js';
import { useSubmitFeedbacks } from '../../react/hooks/use-submit-feedbacks.js';
import { useKonan } from '../../react/session/use-konan.js';
import { feedbackStatusOf } from './feedback-status.js';
import { PredictionPlayground, type PredictionPlaygroundProps } from './prediction-playground.js';

export interface ConnectedPredictionPlaygroundProps
  extends Pick<PredictionPlaygroundProps, 'labels' | 'className' | 'headingLevel'> {
  /** Predict with this deployment only (no picker). By default the user picks one of the account's. */
  deploymentUuid?: string;
  /**
   * The input the editor starts with. Default: the features of the deployment's latest logged
   * prediction (of the last 30 days), when it has one.
   */
  defaultInput?: string;
}

/** Where the example input comes from: the latest prediction of the last 30 days. */
const RECENT = { last: { days: 30 } } as const;

/**
 * `PredictionPlayground` wired to `useDeployments`, `usePrediction` and `useSubmitFeedbacks`;
 * needs a `KonanProvider` above it.
 */
export function ConnectedPredictionPlayground({
  deploymentUuid,
  defaultInput,
  ...view
}: ConnectedPredictionPlaygroundProps) {
  const session = useKonan();
  const deployments = useDeployments();
  const [picked, setPicked] = useState<string | undefined>();
  const target = deploymentUuid ?? picked ?? deployments.data?.[0]?.uuid;
  const prediction = usePrediction(target ?? '');
  const feedback = useSubmitFeedbacks(target ?? '');
  const latest = usePredictions(target, RECENT, {
    enabled: defaultInput === undefined,
    select: (data) => data.pages[0]?.predictions.find((p) => p.features !== undefined)?.features,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const example =
    defaultInput ?? (latest.data === undefined ? undefined : JSON.stringify(latest.data, null, 2));

  const signedOut = session.status === 'anonymous' || session.status === 'error';
  const predicted = prediction.data;
  const picker = deploymentUuid === undefined;
  return (
    <PredictionPlayground
      // Starts again for each deployment picked; the example fills the editor only while untouched.
      key={target ?? ''}
      {...view}
      signedOut={signedOut}
      {...(picker && {
        deployments: deployments.data,
        deploymentsPending: deployments.isPending,
        deploymentsError: deployments.error,
        onRetryDeployments: () => void deployments.refetch(),
      })}
      connecting={session.status === 'authenticating'}
      selectedDeployment={target}
      onSelectDeployment={(uuid) => {
        setPicked(uuid);
        prediction.reset();
        feedback.reset();
      }}
      onPredict={(input) => {
        feedback.reset();
        prediction.mutate(input);
      }}
      pending={prediction.isPending}
      error={prediction.error}
      prediction={predicted}
      onSubmitFeedback={(value) => {
        if (predicted) feedback.mutate([{ predictionUuid: predicted.uuid, target: value }]);
      }}
      feedbackPending={feedback.isPending}
      feedbackStatus={predicted && feedbackStatusOf(feedback.data, predicted.uuid)}
      feedbackError={feedback.error}
      onRetryFeedback={feedback.retryNotSent}
      {...(example !== undefined && { defaultInput: example })}
    />
  );
}
