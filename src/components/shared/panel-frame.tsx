import { type ReactNode, useId } from 'react';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';
import { EmptyState } from './empty-state.js';
import { Heading } from './heading.js';
import type { KonanWindowedPanelProps } from './panel-props.js';
import { PanelTimeWindow } from './panel-time-window.js';
import { KonanRoot } from './root.js';

/** The texts of a panel's frame (each panel's labels carry them). */
export interface PanelFrameLabels {
  signedOutTitle: string;
  timeWindowPicker?: Partial<TimeWindowPickerLabels> | undefined;
}

export interface PanelFrameProps
  extends Omit<KonanWindowedPanelProps<never>, 'labels' | 'error' | 'onRetry'> {
  /** The root's own class (e.g. `konan-metrics-panel`), before `className`. */
  base: string;
  title: ReactNode;
  labels: PanelFrameLabels;
  /** Beside the heading: a spinner while refreshing, a count, an action. */
  status?: ReactNode;
  /** Controls after the time-window picker. */
  toolbar?: ReactNode;
  /** `false` for a view of its own (a page of cards) rather than a bordered panel. */
  framed?: boolean | undefined;
  children?: ReactNode;
}

/**
 * A panel's frame: a section named by its heading, with a status beside the heading, the
 * time-window picker and toolbar under it, and "log in" in place of the content when signed out.
 */
export function PanelFrame({
  base,
  className,
  title,
  headingLevel = 2,
  labels: l,
  pending = false,
  signedOut = false,
  timeWindow,
  onTimeWindowChange,
  status,
  toolbar,
  framed = true,
  children,
}: PanelFrameProps) {
  const titleId = useId();
  return (
    <KonanRoot className={className ? `${base} ${className}` : base}>
      <section
        className={framed ? 'konan-panel' : 'konan-stack'}
        aria-labelledby={titleId}
        aria-busy={!signedOut && pending}
      >
        <div className="konan-panel-header">
          <Heading level={headingLevel} id={titleId} className="konan-panel-title">
            {title}
          </Heading>
          {signedOut ? null : status}
        </div>
        {signedOut ? (
          <EmptyState title={l.signedOutTitle} />
        ) : (
          <>
            <PanelTimeWindow
              timeWindow={timeWindow}
              onTimeWindowChange={onTimeWindowChange}
              labels={l.timeWindowPicker}
            />
            {toolbar}
            {children}
          </>
        )}
      </section>
    </KonanRoot>
  );
}
