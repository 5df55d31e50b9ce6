import type { KonanDeploymentCreationResponse } from '../../client/data-types.js';
import { useCreateDeployment } from '../../react/index.js';
import { CreateDeploymentForm, type CreateDeploymentFormProps } from './create-deployment-form.js';

export interface ConnectedCreateDeploymentFormProps
  extends Omit<CreateDeploymentFormProps, 'onSubmit' | 'pending' | 'error' | 'result' | 'onReset'> {
  /** Called with the server's answer (check its `errors`: a deployment is created even then). */
  onCreated?: (response: KonanDeploymentCreationResponse) => void;
}

/** The deployment form wired to `useCreateDeployment()`; refreshes the deployments list. */
export function ConnectedCreateDeploymentForm({
  onCreated,
  ...props
}: ConnectedCreateDeploymentFormProps) {
  const mutation = useCreateDeployment();
  return (
    <CreateDeploymentForm
      {...props}
      onSubmit={(request) => mutation.mutate(request, { onSuccess: onCreated })}
      pending={mutation.isPending}
      error={mutation.error ?? undefined}
      result={mutation.data}
      onReset={() => mutation.reset()}
    />
  );
}
