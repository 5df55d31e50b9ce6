import { type KeyboardEvent, useId, useState } from 'react';
import type { KonanTimeWindow, KonanTimeWindowInput } from '../../client/data-types.js';
import { serializeTimeWindow } from '../../react/query/konan-keys.js';
import { resolveTimeWindow } from '../../react/query/resolve-time-window.js';
import { bindTextFields } from '../shared/bind-text-fields.js';
import { Button } from '../shared/button.js';
import { useFormatters } from '../shared/format.js';
import { KonanRoot } from '../shared/root.js';
import { TextField } from '../shared/text-field.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanViewProps } from '../shared/view-props.js';
import {
  type CustomRangeProblem,
  presetOf,
  presetWindow,
  TIME_WINDOW_PRESETS,
  toDateTimeLocal,
  validateCustomRange,
} from './time-window.js';
import {
  defaultTimeWindowPickerLabels,
  type TimeWindowPickerLabels,
} from './time-window-picker-labels.js';

export interface TimeWindowPickerProps extends KonanViewProps<TimeWindowPickerLabels> {
  /**
   * The applied window. Keep it stable (e.g. from `useTimeWindow`) so queries keyed on it do not
   * churn. Presets come back as relative windows (`presetWindow`) that end at "now" whenever
   * their queries run.
   */
  timeWindow: KonanTimeWindowInput;
  /** Called with a new window when a preset is chosen or a valid custom range is applied. */
  onTimeWindowChange: (timeWindow: KonanTimeWindow) => void;
  disabled?: boolean;
}

/** The label that tells each problem a custom range can have. */
const problemLabels = {
  'start-missing': 'startRequired',
  'start-invalid': 'startInvalid',
  'end-missing': 'endRequired',
  'end-invalid': 'endInvalid',
  'start-not-before-end': 'endNotAfterStart',
} as const satisfies Record<CustomRangeProblem, keyof TimeWindowPickerLabels>;

/** Presets (last 24 hours, 7 days, 30 days) as a radio group, and a validated custom range. */
export function TimeWindowPicker({
  timeWindow: value,
  onTimeWindowChange: onChange,
  className,
  labels,
  disabled,
}: TimeWindowPickerProps) {
  const l = useLabels('timeWindowPicker', defaultTimeWindowPickerLabels, labels);
  const format = useFormatters();
  const name = useId();
  const matched = presetOf(value);
  // As of this render; a relative window moves with the clock.
  const shown = resolveTimeWindow(value);
  const [customOpen, setCustomOpen] = useState(matched === undefined);
  const selected = customOpen || !matched ? 'custom' : matched;

  return (
    <KonanRoot
      className={className ? `konan-time-window-picker ${className}` : 'konan-time-window-picker'}
    >
      <fieldset
        className="konan-fieldset-bare konan-time-window-picker-fieldset"
        disabled={disabled}
      >
        <legend className="konan-time-window-picker-legend">{l.title}</legend>
        <div className="konan-segmented">
          {TIME_WINDOW_PRESETS.map((preset) => (
            <label key={preset} className="konan-segment">
              <input
                type="radio"
                name={name}
                value={preset}
                checked={selected === preset}
                onChange={() => {
                  setCustomOpen(false);
                  onChange(presetWindow(preset));
                }}
              />
              {l.presets[preset]}
            </label>
          ))}
          <label className="konan-segment">
            <input
              type="radio"
              name={name}
              value="custom"
              checked={selected === 'custom'}
              onChange={() => setCustomOpen(true)}
            />
            {l.custom}
          </label>
        </div>
      </fieldset>
      {selected === 'custom' ? (
        <CustomRange
          // Re-initialise the inputs whenever a different window is applied.
          key={JSON.stringify(serializeTimeWindow(value))}
          value={shown}
          onApply={onChange}
          labels={l}
          disabled={disabled}
        />
      ) : null}
      <p className="konan-time-window-picker-summary konan-muted">
        {l.summary(format.dateTime(shown.start), format.dateTime(shown.end))}
      </p>
    </KonanRoot>
  );
}

interface CustomRangeProps {
  value: KonanTimeWindow;
  onApply: (window: KonanTimeWindow) => void;
  labels: TimeWindowPickerLabels;
  disabled: boolean | undefined;
}

function CustomRange({ value, onApply, labels: l, disabled }: CustomRangeProps) {
  const [range, setRange] = useState(() => ({
    start: toDateTimeLocal(value.start),
    end: toDateTimeLocal(value.end),
  }));
  const [problems, setProblems] = useState<{
    start?: CustomRangeProblem;
    end?: CustomRangeProblem;
  }>({});

  const apply = () => {
    const result = validateCustomRange(range.start, range.end);
    if (!result.ok) {
      setProblems({
        ...(result.start && { start: result.start }),
        ...(result.end && { end: result.end }),
      });
      return;
    }
    setProblems({});
    onApply(result.window);
  };
  // Not a <form>: the picker is often placed inside the caller's own form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    }
  };

  const field = bindTextFields(
    range,
    (which) => {
      const problem = problems[which];
      return problem && l[problemLabels[problem]];
    },
    (which, text) => setRange((current) => ({ ...current, [which]: text })),
  );
  const dateTime = { type: 'datetime-local', disabled, onKeyDown } as const;

  return (
    <fieldset className="konan-fieldset-bare konan-time-window-picker-custom">
      <legend className="konan-visually-hidden">{l.custom}</legend>
      <TextField label={l.startLabel} {...dateTime} {...field('start')} />
      <TextField label={l.endLabel} {...dateTime} {...field('end')} />
      <Button className="konan-time-window-picker-apply" onClick={apply} disabled={disabled}>
        {l.apply}
      </Button>
    </fieldset>
  );
}
