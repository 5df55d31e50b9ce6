import type { ReactNode } from 'react';
import { classNames } from './class-names.js';
import { Heading, type KonanHeadingLevel } from './heading.js';
import { KonanRoot } from './root.js';

export interface TitledPanelProps {
  /** The component's own root class, e.g. `konan-feedback-uploader`. */
  name: string;
  /** The class the app adds to the root. */
  className?: string | undefined;
  title: ReactNode;
  headingLevel: KonanHeadingLevel;
  children: ReactNode;
}

/** A component's root: the bordered panel with its title on top and its content below. */
export function TitledPanel({ name, className, title, headingLevel, children }: TitledPanelProps) {
  return (
    <KonanRoot className={classNames(name, className)}>
      <div className="konan-panel">
        <Heading level={headingLevel} className="konan-panel-title">
          {title}
        </Heading>
        {children}
      </div>
    </KonanRoot>
  );
}
