import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KonanDeployment } from '../../client/data-types.js';
import { Badge } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { classNames } from '../shared/class-names.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { useFormatters } from '../shared/format.js';
import { Heading } from '../shared/heading.js';
import { isolateBidi } from '../shared/isolate-bidi.js';
import { labelCount } from '../shared/labels.js';
import { ListState } from '../shared/list-state.js';
import type { KonanListStateProps } from '../shared/list-state-props.js';
import { KonanRoot } from '../shared/root.js';
import { SearchInput } from '../shared/search-input.js';
import { Spinner } from '../shared/spinner.js';
import { SuccessStatus } from '../shared/success-status.js';
import { useFocusAfterChange } from '../shared/use-focus-after-change.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import {
  type DeploymentsListLabels,
  defaultDeploymentsListLabels,
} from './deployments-list-labels.js';
import { filterDeployments } from './deployments-search.js';
import { nextOptionIndex } from './list-navigation.js';

export interface DeploymentsListProps
  extends KonanHeadedViewProps<DeploymentsListLabels>,
    KonanListStateProps {
  /** The account's deployments, shown in this order; `undefined` until they are loaded. */
  deployments?: readonly KonanDeployment[] | undefined;
  selectedUuid?: string | null | undefined;
  onSelect: (deploymentUuid: string) => void;
  /** Shows a "Create deployment" button (in the header, and in the empty state). */
  onCreate?: () => void;
  /** Offers to delete the selected deployment, after a confirmation. */
  onDelete?: (deploymentUuid: string) => void;
  /** The deployment being deleted. */
  deletingUuid?: string | undefined;
  deleteError?: unknown;
  /** The search box appears from this many deployments. Default 8. */
  searchFrom?: number;
  /** Deployments without a live model: marked "Not serving" (they answer no prediction). */
  notServingUuids?: readonly string[] | undefined;
}

/**
 * The account's deployments with their creation dates; pick one to point the other components
 * at it. Arrow keys, Home and End move between them; a search box appears when there are many.
 */
export function DeploymentsList({
  deployments,
  selectedUuid,
  onSelect,
  onCreate,
  onDelete,
  deletingUuid,
  deleteError,
  searchFrom = 8,
  notServingUuids,
  className,
  headingLevel = 2,
  labels: labelOverrides,
  ...listState
}: DeploymentsListProps) {
  const labels = useLabels('deploymentsList', defaultDeploymentsListLabels, labelOverrides);
  const formatters = useFormatters();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [focusedUuid, setFocusedUuid] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<KonanDeployment | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<KonanDeployment | null>(null);
  const [doneDismissed, setDoneDismissed] = useState(false);
  const notServing = new Set(notServingUuids ?? []);

  const all = deployments ?? [];
  const focusAfterChange = useFocusAfterChange();
  const firstOption = useCallback(
    () =>
      listRef.current?.querySelector<HTMLElement>('[data-deployment-option][tabindex="0"]') ?? null,
    [],
  );

  // Deleted: say so, and keep keyboard users in the list when their row is gone.
  const deleted =
    deleteTarget !== null &&
    deployments !== undefined &&
    !deletingUuid &&
    !deleteError &&
    !all.some((d) => d.uuid === deleteTarget.uuid);
  useEffect(() => {
    if (deleted) focusAfterChange.request(firstOption);
  }, [deleted, focusAfterChange, firstOption]);
  const searchable = all.length >= searchFrom;
  const shown = searchable ? filterDeployments(all, query) : all;
  // One option is in the tab order: the last focused, else the selected, else the first.
  const tabStop =
    shown.find((d) => d.uuid === focusedUuid)?.uuid ??
    shown.find((d) => d.uuid === selectedUuid)?.uuid ??
    shown[0]?.uuid;

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const options = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-deployment-option]') ?? []),
    ];
    const current = options.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return; // e.g. on the delete button: arrows are not ours
    const next = nextOptionIndex(event.key, current, options.length);
    if (next === null) return;
    event.preventDefault();
    options[next]?.focus();
  };

  const headingId = `${id}-title`;
  const createButton = onCreate ? (
    <Button variant="primary" onClick={() => onCreate()}>
      {labels.create}
    </Button>
  ) : null;

  const body = (
    <ListState
      loaded={deployments !== undefined}
      empty={all.length === 0}
      {...listState}
      labels={labels}
      skeleton={{ rows: 4, height: '2.75rem' }}
      emptyAction={createButton}
    >
      {searchable ? (
        <div className="konan-field konan-deployments-list-search">
          <SearchInput
            label={labels.searchLabel}
            placeholder={labels.searchPlaceholder}
            value={query}
            onSearch={setQuery}
          />
          <span className="konan-hint" role="status">
            {query.trim()
              ? labels.searchResults(
                  labelCount(shown.length, formatters.number),
                  labelCount(all.length, formatters.number),
                )
              : ''}
          </span>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <div className="konan-stack konan-deployments-list-no-match">
          <p className="konan-muted">{labels.noMatchTitle(query.trim())}</p>
          <Button variant="ghost" onClick={() => setQuery('')}>
            {labels.clearSearch}
          </Button>
        </div>
      ) : (
        <ul
          ref={listRef}
          className="konan-deployments-list-items"
          aria-labelledby={headingId}
          onKeyDown={onListKeyDown}
        >
          {shown.map((deployment) => {
            const selected = deployment.uuid === selectedUuid;
            const deleting = deployment.uuid === deletingUuid;
            const valid = !Number.isNaN(deployment.createdAt.getTime());
            return (
              <li key={deployment.uuid} data-selected={selected || undefined}>
                <button
                  type="button"
                  className="konan-deployments-list-option"
                  data-deployment-option=""
                  aria-current={selected ? 'true' : undefined}
                  tabIndex={deployment.uuid === tabStop ? 0 : -1}
                  onFocus={() => setFocusedUuid(deployment.uuid)}
                  onClick={() => onSelect(deployment.uuid)}
                >
                  <span className="konan-deployments-list-name">
                    {deployment.name.trim() === '' ? labels.unnamed : deployment.name}
                  </span>
                  {notServing.has(deployment.uuid) ? (
                    <span className="konan-deployments-list-status">
                      <Badge tone="warning">{labels.notServing}</Badge>
                    </span>
                  ) : null}
                  {valid ? (
                    <span className="konan-deployments-list-date">
                      {labels.created(isolateBidi(formatters.date(deployment.createdAt)))}
                    </span>
                  ) : null}
                </button>
                {deleting ? <Spinner label={labels.deletePending} /> : null}
                {selected && onDelete && !deleting ? (
                  <Button
                    variant="ghost"
                    className="konan-deployments-list-delete"
                    aria-label={labels.deleteAction(deployment.name)}
                    onClick={() => setConfirming(deployment)}
                  >
                    {labels.delete}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </ListState>
  );

  return (
    <KonanRoot className={classNames('konan-deployments-list', className)}>
      <section className="konan-stack konan-deployments-list-section" aria-labelledby={headingId}>
        <div className="konan-list-header">
          <div className="konan-deployments-list-heading">
            <Heading level={headingLevel} id={headingId} className="konan-panel-title">
              {labels.title}
            </Heading>
            {all.length > 0 ? (
              <span className="konan-badge konan-deployments-list-count">
                {labels.count(labelCount(all.length, formatters.number))}
              </span>
            ) : null}
          </div>
          {all.length > 0 ? createButton : null}
        </div>
        {deleteError && deleteTarget ? (
          <ErrorAlert title={labels.deleteFailed(deleteTarget.name)} error={deleteError} />
        ) : null}
        <SuccessStatus
          message={
            deleted && deleteTarget && !doneDismissed ? labels.deleteDone(deleteTarget.name) : ''
          }
          onDismiss={() => setDoneDismissed(true)}
          dismissLabel={labels.dismiss}
        />
        {body}
      </section>
      <ConfirmDialog
        open={confirming !== null}
        tone="danger"
        title={confirming ? labels.deleteTitle(confirming.name) : ''}
        description={<p>{labels.deleteDescription}</p>}
        confirmLabel={labels.deleteConfirm}
        cancelLabel={labels.cancel}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          setDeleteTarget(confirming);
          setDoneDismissed(false);
          setConfirming(null);
          onDelete?.(confirming.uuid);
        }}
        fallbackFocus={firstOption}
      />
    </KonanRoot>
  );
}
