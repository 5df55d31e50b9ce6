import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KonanModel, KonanModelCreationRequest } from '../../client/data-types.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { classNames } from '../shared/class-names.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { Heading, subHeadingLevel } from '../shared/heading.js';
import { ListState } from '../shared/list-state.js';
import type { KonanListStateProps } from '../shared/list-state-props.js';
import { modelStateKind } from '../shared/model-state.js';
import { KonanRoot } from '../shared/root.js';
import { SuccessStatus } from '../shared/success-status.js';
import { useFocusAfterChange } from '../shared/use-focus-after-change.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { AddModelForm } from './add-model-form.js';
import { type ModelAction, modelActions, moveTarget } from './model-actions.js';
import { ModelRow } from './model-row.js';
import { defaultModelsPanelLabels, type ModelsPanelLabels } from './models-panel-labels.js';
import { ModelsTableScroller } from './models-table-scroller.js';
import { type DemoteLiveTo, PromoteDialog } from './promote-dialog.js';

export interface ModelsPanelProps
  extends KonanHeadedViewProps<ModelsPanelLabels>,
    KonanListStateProps {
  /** The deployment's models; `undefined` until they are loaded. */
  models?: readonly KonanModel[] | undefined;
  /** Promote a model to live; the current live model moves to `demoteLiveTo`. */
  onPromote?: (modelUuid: string, demoteLiveTo: DemoteLiveTo) => void;
  /** Move a model that is not live between challenger and disabled. */
  onMove?: (modelUuid: string, to: 'challenger' | 'disabled') => void;
  /** Delete a model that is not live (asked for confirmation first). */
  onDelete?: (modelUuid: string) => void;
  /** Add a model: always a challenger, validated before this is called. */
  onCreate?: (request: KonanModelCreationRequest) => void;
  /** The model a change is in flight for: its row shows a pending marker. */
  busyModelUuid?: string | undefined;
  /** The last change failed: shown above the table with the action and the model's name. */
  actionError?: unknown;
  onDismissActionError?: () => void;
  createPending?: boolean;
  createError?: unknown;
  /**
   * The live model is known not to serve (e.g. the deployment's creation reported errors: its
   * container did not start). Konan's model list cannot tell, so the app says it.
   */
  liveNotServing?: boolean;
}

type Dialog = { kind: 'promote' | 'delete'; model: KonanModel } | null;

/**
 * The models of a deployment with their states, and the changes Konan allows: promote a
 * challenger (the live model becomes a challenger or is disabled), move models between
 * challenger and disabled, delete them, add a challenger. The live model offers no action: it
 * is retired by promoting another, and the panel says so.
 */
export function ModelsPanel({
  models,
  onPromote,
  onMove,
  onDelete,
  onCreate,
  busyModelUuid,
  actionError,
  onDismissActionError,
  createPending = false,
  createError,
  liveNotServing = false,
  labels: labelOverrides,
  headingLevel = 2,
  className,
  ...listState
}: ModelsPanelProps) {
  const labels = useLabels('modelsPanel', defaultModelsPanelLabels, labelOverrides);
  const id = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Kept after the dialog closes: its close event comes after the render that closed it.
  const [dialogModelUuid, setDialogModelUuid] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [lastAction, setLastAction] = useState<{
    action: ModelAction;
    uuid: string;
    name: string;
  } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [createdName, setCreatedName] = useState<string | null>(null);
  const focusAfterChange = useFocusAfterChange();

  const headingId = `${id}-title`;
  const formId = `${id}-form`;
  /** The model's first action, else its name (a live model has no action), else the heading. */
  const focusTargetOf = useCallback(
    (uuid: string) => () => {
      const section = sectionRef.current;
      const row = section?.querySelector(`tr[data-model-uuid="${CSS.escape(uuid)}"]`);
      return (
        row?.querySelector<HTMLElement>('button') ??
        row?.querySelector<HTMLElement>('th') ??
        section?.querySelector<HTMLElement>(`[id="${headingId}"]`) ??
        null
      );
    },
    [headingId],
  );

  // A creation that ends without an error succeeded: close the form and say so.
  const { addModelDone } = labels;
  const wasCreating = useRef(false);
  useEffect(() => {
    if (wasCreating.current && !createPending && !createError) {
      setFormOpen(false);
      if (createdName) setAnnouncement(addModelDone(createdName));
      focusAfterChange.request(() => toggleRef.current);
    }
    wasCreating.current = createPending;
  }, [createPending, createError, createdName, addModelDone, focusAfterChange]);

  // A change that ends without an error is done: tell screen-reader users (the badge changed).
  const { actionDone } = labels;
  const wasBusy = useRef(false);
  const busy = busyModelUuid !== undefined;
  useEffect(() => {
    if (wasBusy.current && !busy && lastAction) {
      if (actionError) focusAfterChange.request(focusTargetOf(lastAction.uuid));
      else setAnnouncement(actionDone(lastAction.action, lastAction.name));
    }
    wasBusy.current = busy;
  }, [busy, actionError, lastAction, actionDone, focusAfterChange, focusTargetOf]);

  const list = models ?? [];
  const liveModel = list.find((m) => modelStateKind(m.state) === 'live');
  const hasChallenger = list.some((m) => modelStateKind(m.state) === 'challenger');
  const available = (action: ModelAction) =>
    action === 'promote'
      ? Boolean(onPromote)
      : action === 'delete'
        ? Boolean(onDelete)
        : Boolean(onMove);

  const run = (action: ModelAction, model: KonanModel, call: () => void) => {
    setLastAction({ action, uuid: model.uuid, name: model.name });
    setAnnouncement('');
    focusAfterChange.request(focusTargetOf(model.uuid));
    call();
  };
  const onAction = (action: ModelAction, model: KonanModel) => {
    if (action === 'promote' || action === 'delete') {
      setDialog({ kind: action, model });
      setDialogModelUuid(model.uuid);
    } else run(action, model, () => onMove?.(model.uuid, moveTarget(action)));
  };
  const dialogFallback = dialogModelUuid ? focusTargetOf(dialogModelUuid) : undefined;

  return (
    <KonanRoot className={classNames('konan-models-panel', className)}>
      <section ref={sectionRef} className="konan-panel" aria-labelledby={headingId}>
        <div className="konan-list-header">
          <Heading level={headingLevel} id={headingId} className="konan-panel-title" tabIndex={-1}>
            {labels.title}
          </Heading>
          {onCreate && models ? (
            <button
              ref={toggleRef}
              type="button"
              className="konan-button"
              data-variant="secondary"
              aria-expanded={formOpen}
              aria-controls={formOpen ? formId : undefined}
              onClick={() => setFormOpen((open) => !open)}
            >
              {labels.addModel}
            </button>
          ) : null}
        </div>

        {onCreate && formOpen ? (
          <AddModelForm
            id={formId}
            labels={labels}
            headingLevel={subHeadingLevel(headingLevel)}
            takenNames={list.map((m) => m.name)}
            pending={createPending}
            error={createError}
            onSubmit={(request) => {
              setCreatedName(request.name);
              setAnnouncement('');
              onCreate(request);
            }}
            onCancel={() => {
              setFormOpen(false);
              focusAfterChange.request(() => toggleRef.current);
            }}
          />
        ) : null}

        <SuccessStatus
          message={announcement}
          onDismiss={() => setAnnouncement('')}
          dismissLabel={labels.dismiss}
        />

        {actionError ? (
          <ErrorAlert
            title={labels.actionFailed(lastAction?.action ?? 'change', lastAction?.name ?? '')}
            error={actionError}
            actions={
              onDismissActionError ? (
                <Button variant="ghost" onClick={() => onDismissActionError()}>
                  {labels.dismiss}
                </Button>
              ) : null
            }
          />
        ) : null}

        {models !== undefined && (!liveModel || liveNotServing) ? (
          <Alert
            tone="warning"
            title={liveModel ? labels.liveNotServingTitle : labels.notServingTitle}
            live={false}
          >
            <p className="konan-models-panel-message">
              {liveModel
                ? labels.liveNotServingHint
                : list.length === 0
                  ? labels.notServingEmptyHint
                  : labels.notServingPromoteHint}
            </p>
          </Alert>
        ) : null}

        <ListState
          loaded={models !== undefined}
          empty={list.length === 0}
          {...listState}
          labels={labels}
          skeleton={{ rows: 3, height: '2.5rem' }}
          emptyHint={Boolean(onCreate)}
        >
          <ModelsTableScroller label={labels.scrollRegion} hint={labels.scrollHint}>
            <table className="konan-table konan-models-panel-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{labels.columnName}</th>
                  <th scope="col">{labels.columnState}</th>
                  <th scope="col">{labels.columnCreated}</th>
                  <th scope="col">{labels.columnActions}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((model) => (
                  <ModelRow
                    key={model.uuid}
                    model={model}
                    actions={modelActions(model.state).filter(available)}
                    busy={model.uuid === busyModelUuid}
                    locked={busy}
                    hasChallenger={hasChallenger}
                    notServing={liveNotServing}
                    labels={labels}
                    onAction={onAction}
                  />
                ))}
              </tbody>
            </table>
          </ModelsTableScroller>
        </ListState>
      </section>

      <PromoteDialog
        model={dialog?.kind === 'promote' ? dialog.model : null}
        liveModel={liveModel}
        labels={labels}
        onCancel={() => setDialog(null)}
        fallbackFocus={dialogFallback}
        onConfirm={(model, demoteLiveTo) => {
          setDialog(null);
          run('promote', model, () => onPromote?.(model.uuid, demoteLiveTo));
        }}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        tone="danger"
        title={dialog?.kind === 'delete' ? labels.deleteTitle(dialog.model.name) : ''}
        description={<p>{labels.deleteDescription}</p>}
        confirmLabel={labels.deleteConfirm}
        cancelLabel={labels.cancel}
        onCancel={() => setDialog(null)}
        fallbackFocus={dialogFallback}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const { model } = dialog;
          setDialog(null);
          run('delete', model, () => onDelete?.(model.uuid));
        }}
      />
    </KonanRoot>
  );
}
