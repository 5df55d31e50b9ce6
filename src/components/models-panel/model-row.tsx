import type { KonanModel } from '../../client/data-types.js';
import { Badge } from '../shared/badge.js';
import { FormattedDate } from '../shared/formatted-date.js';
import { modelStateKind, modelStateText, modelStateTone } from '../shared/model-state.js';
import { Spinner } from '../shared/spinner.js';
import type { ModelAction } from './model-actions.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

interface ModelRowProps {
  model: KonanModel;
  /** The actions this row offers (its state's rules, less the callbacks the panel lacks). */
  actions: readonly ModelAction[];
  /** This model is being changed. */
  busy: boolean;
  /** Some change is in flight: actions wait for it (a promotion changes two rows). */
  locked: boolean;
  hasChallenger: boolean;
  /** The live model is known not to serve. */
  notServing?: boolean;
  labels: ModelsPanelLabels;
  onAction(action: ModelAction, model: KonanModel): void;
}

export function ModelRow({
  model,
  actions,
  busy,
  locked,
  hasChallenger,
  notServing = false,
  labels,
  onAction,
}: ModelRowProps) {
  const kind = modelStateKind(model.state);
  const name = model.name.trim() === '' ? labels.unnamed : model.name;
  const stateText = modelStateText(model.state, labels);
  const actionText: Record<ModelAction, string> = {
    promote: labels.promote,
    'make-challenger': labels.makeChallenger,
    disable: labels.disable,
    delete: labels.delete,
  };
  return (
    <tr data-model-uuid={model.uuid} data-state={kind} aria-busy={busy || undefined}>
      <th scope="row" tabIndex={-1} className="konan-models-panel-name">
        {name}
      </th>
      <td>
        <span className="konan-models-panel-state">
          <Badge tone={modelStateTone(model.state)}>{stateText}</Badge>
          {busy ? <Spinner label={labels.changePending} /> : null}
        </span>
      </td>
      <td>
        <FormattedDate value={model.createdAt} />
      </td>
      <td>
        {kind === 'live' ? (
          <span className="konan-muted konan-models-panel-rule">
            {notServing
              ? labels.liveRuleNotServing
              : hasChallenger
                ? labels.liveRule
                : labels.liveRuleNoChallenger}
          </span>
        ) : (
          <span className="konan-models-panel-actions">
            {actions.map((action) => (
              // aria-disabled, not disabled: the focused button keeps the focus while it waits.
              <button
                key={action}
                type="button"
                className="konan-button"
                data-variant={action === 'delete' ? 'danger' : 'secondary'}
                data-action={action}
                // Names the model too: every row has the same buttons.
                aria-label={`${actionText[action]}${labels.actionTarget(name)}`}
                aria-disabled={locked || undefined}
                onClick={() => {
                  if (!locked) onAction(action, model);
                }}
              >
                {actionText[action]}
              </button>
            ))}
          </span>
        )}
      </td>
    </tr>
  );
}
