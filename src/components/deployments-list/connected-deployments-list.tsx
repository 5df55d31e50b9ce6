import { useDeleteDeployment, useDeployments, useKonan } from '../../react/index.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { DeploymentsList } from './deployments-list.js';
import type { DeploymentsListLabels } from './deployments-list-labels.js';
import { useNotServing } from './use-not-serving.js';

export interface ConnectedDeploymentsListProps extends KonanHeadedViewProps<DeploymentsListLabels> {
  selectedUuid?: string | null | undefined;
  onSelect: (deploymentUuid: string) => void;
  /** Shows a "Create deployment" button. */
  onCreate?: () => void;
  /** Offer to delete the selected deployment (through `useDeleteDeployment`). */
  allowDelete?: boolean;
  /** Called once a deployment is deleted, e.g. to select another. */
  onDeleted?: (deploymentUuid: string) => void;
  searchFrom?: number;
  /**
   * Mark deployments that have no live model as "Not serving" (default true). It loads each
   * listed deployment's models (at most 50), which `ConnectedModelsPanel` then reads from cache.
   */
  showServing?: boolean;
  /** More deployments to mark "Not serving" that the app knows of (e.g. creation errors it saw). */
  notServingUuids?: readonly string[] | undefined;
}

/** The account's deployments from `useDeployments`; waits for a login before loading. */
export function ConnectedDeploymentsList({
  selectedUuid,
  onSelect,
  onCreate,
  allowDelete = false,
  onDeleted,
  searchFrom,
  showServing = true,
  notServingUuids,
  ...viewProps
}: ConnectedDeploymentsListProps) {
  const session = useKonan();
  const deployments = useDeployments();
  const deleteDeployment = useDeleteDeployment();
  const notServing = useNotServing(deployments.data, showServing);
  return (
    <DeploymentsList
      {...viewProps}
      deployments={deployments.data}
      notServingUuids={notServingUuids ? [...notServing, ...notServingUuids] : notServing}
      selectedUuid={selectedUuid}
      onSelect={onSelect}
      onCreate={onCreate}
      onDelete={
        allowDelete
          ? (uuid) => deleteDeployment.mutate(uuid, { onSuccess: () => onDeleted?.(uuid) })
          : undefined
      }
      deletingUuid={deleteDeployment.isPending ? deleteDeployment.variables : undefined}
      deleteError={deleteDeployment.error}
      pending={deployments.isPending && deployments.fetchStatus !== 'idle'}
      error={deployments.error}
      onRetry={() => void deployments.refetch()}
      signedOut={session.status !== 'authenticated'}
      searchFrom={searchFrom}
    />
  );
}
