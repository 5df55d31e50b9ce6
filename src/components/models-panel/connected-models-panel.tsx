import {
  useCreateModel,
  useDeleteModel,
  useKonan,
  useModels,
  useSwitchModelState,
} from '../../react/index.js';
import { ModelsPanel, type ModelsPanelProps } from './models-panel.js';

export interface ConnectedModelsPanelProps
  extends Pick<ModelsPanelProps, 'className' | 'labels' | 'headingLevel' | 'liveNotServing'> {
  deploymentUuid: string;
}

/**
 * The models panel of one deployment, on `useModels` and the model mutations. State changes
 * show at once (optimistic) and are rolled back, with the error, if Konan refuses them.
 */
export function ConnectedModelsPanel(props: ConnectedModelsPanelProps) {
  // A new deployment starts with fresh mutations: no error or pending marker carried over.
  return <DeploymentModels key={props.deploymentUuid} {...props} />;
}

function DeploymentModels({ deploymentUuid, ...view }: ConnectedModelsPanelProps) {
  const session = useKonan();
  const models = useModels(deploymentUuid);
  const switchState = useSwitchModelState(deploymentUuid);
  const deleteModel = useDeleteModel(deploymentUuid);
  const createModel = useCreateModel(deploymentUuid);

  const busyModelUuid = switchState.isPending
    ? switchState.variables?.modelUuid
    : deleteModel.isPending
      ? deleteModel.variables
      : undefined;
  const actionError = switchState.error ?? deleteModel.error;
  const current = (uuid: string) => models.data?.find((m) => m.uuid === uuid)?.state;

  return (
    <ModelsPanel
      models={models.data}
      pending={models.isPending && models.fetchStatus !== 'idle'}
      signedOut={session.status !== 'authenticated'}
      error={models.error}
      onRetry={() => void models.refetch()}
      onPromote={(modelUuid, demoteLiveTo) => {
        deleteModel.reset();
        switchState.mutate({ modelUuid, to: 'live', from: current(modelUuid), demoteLiveTo });
      }}
      onMove={(modelUuid, to) => {
        deleteModel.reset();
        switchState.mutate({ modelUuid, to, from: current(modelUuid) });
      }}
      onDelete={(modelUuid) => {
        switchState.reset();
        deleteModel.mutate(modelUuid);
      }}
      onCreate={(request) => createModel.mutate(request)}
      busyModelUuid={busyModelUuid}
      actionError={actionError}
      onDismissActionError={() => {
        switchState.reset();
        deleteModel.reset();
      }}
      createPending={createModel.isPending}
      createError={createModel.error}
      {...view}
    />
  );
}
