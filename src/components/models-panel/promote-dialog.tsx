import { useId, useState } from 'react';
import type { KonanModel } from '../../client/data-types.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

export type DemoteLiveTo = 'challenger' | 'disabled';

interface PromoteDialogProps {
  /** The model to promote; the dialog is open while it is set. */
  model: KonanModel | null;
  /** The current live model, which moves to the chosen state. */
  liveModel: KonanModel | undefined;
  labels: ModelsPanelLabels;
  onConfirm(model: KonanModel, demoteLiveTo: DemoteLiveTo): void;
  onCancel(): void;
  fallbackFocus?: (() => HTMLElement | null) | undefined;
}

/** Confirms a promotion and asks where the current live model goes. */
export function PromoteDialog({
  model,
  liveModel,
  labels,
  onConfirm,
  onCancel,
  fallbackFocus,
}: PromoteDialogProps) {
  const id = useId();
  const [demoteTo, setDemoteTo] = useState<DemoteLiveTo>('challenger');
  const [shownFor, setShownFor] = useState<string | null>(null);
  // Every promotion starts from the safe choice: the live model stays a challenger.
  if ((model?.uuid ?? null) !== shownFor) {
    setShownFor(model?.uuid ?? null);
    setDemoteTo('challenger');
  }
  const options: { value: DemoteLiveTo; label: string; hint: string }[] = [
    {
      value: 'challenger',
      label: labels.demoteToChallenger,
      hint: labels.demoteToChallengerHint,
    },
    { value: 'disabled', label: labels.demoteToDisabled, hint: labels.demoteToDisabledHint },
  ];
  return (
    <ConfirmDialog
      open={model !== null}
      title={model ? labels.promoteTitle(model.name) : ''}
      description={
        model ? (
          <p>
            {labels.promoteDescription(model.name)}
            {liveModel ? null : ` ${labels.promoteNoLive}`}
          </p>
        ) : null
      }
      confirmLabel={labels.promoteConfirm}
      cancelLabel={labels.cancel}
      onConfirm={() => model && onConfirm(model, demoteTo)}
      onCancel={onCancel}
      fallbackFocus={fallbackFocus}
    >
      {liveModel ? (
        <fieldset className="konan-fieldset konan-models-panel-demote">
          <legend className="konan-label">{labels.demoteLegend(liveModel.name)}</legend>
          {options.map((option) => (
            <div key={option.value} className="konan-models-panel-choice">
              <input
                type="radio"
                id={`${id}-${option.value}`}
                name={`${id}-demote`}
                value={option.value}
                checked={demoteTo === option.value}
                onChange={() => setDemoteTo(option.value)}
                aria-describedby={`${id}-${option.value}-hint`}
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              <span id={`${id}-${option.value}-hint`} className="konan-hint">
                {option.hint}
              </span>
            </div>
          ))}
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}
