import { useMemo } from 'react';
import type { KonanDeploymentError } from '../../client/types.js';
import { ContainerLogViewer } from '../container-log-viewer/container-log-viewer.js';
import { Alert } from '../shared/alert.js';
import { Badge } from '../shared/badge.js';
import { useFormatters } from '../shared/format.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import {
  type DeploymentErrorCopy,
  type DeploymentErrorsPanelLabels,
  defaultDeploymentErrorsPanelLabels,
} from './deployment-errors-panel-labels.js';
import { groupDeploymentErrors } from './group-errors.js';

const P = 'konan-deployment-errors-panel';

export interface DeploymentErrorsPanelProps {
  /** The `errors` of a deployment attempt; empty when the deployment is healthy. */
  errors: readonly KonanDeploymentError[];
  /** The container's output during the attempt (plain text, may hold ANSI colours). */
  containerLogs: string;
  labels?: Partial<DeploymentErrorsPanelLabels>;
  /** Level of the group and log headings, to fit the page's outline. Defaults to 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Height of the log viewer. Defaults to 320px. */
  logHeight?: number | string;
  className?: string;
}

function copyFor(type: string, labels: DeploymentErrorsPanelLabels): DeploymentErrorCopy {
  if (type === 'image') return labels.image;
  if (type === 'exposed_port') return labels.exposedPort;
  if (type === 'health_endpoint') return labels.healthEndpoint;
  return labels.unknown(type);
}

/**
 * What went wrong in a deployment attempt: its errors grouped by type, each with a plain
 * explanation and how to fix it, and the container's logs below. With no errors it says the
 * deployment is healthy.
 */
export function DeploymentErrorsPanel({
  errors,
  containerLogs,
  labels: overrides,
  headingLevel = 3,
  logHeight = 320,
  className,
}: DeploymentErrorsPanelProps) {
  const labels = mergeLabels(defaultDeploymentErrorsPanelLabels, overrides);
  const format = useFormatters();
  const groups = useMemo(() => groupDeploymentErrors(errors ?? []), [errors]);
  const Heading = `h${headingLevel}` as 'h3';
  const logs = typeof containerLogs === 'string' ? containerLogs : '';
  const healthy = groups.length === 0;

  return (
    <KonanRoot className={className ? `${P} ${className}` : P} data-healthy={healthy || undefined}>
      {healthy ? (
        <Alert tone="success" title={labels.healthyTitle}>
          <p className={`${P}-text`}>{labels.healthyText}</p>
        </Alert>
      ) : (
        <>
          <Alert
            tone="danger"
            title={labels.failedTitle(groups.length, format.number(groups.length))}
          >
            <p className={`${P}-text`}>{labels.failedIntro}</p>
          </Alert>
          <ul className={`${P}-groups`}>
            {groups.map((group) => {
              const copy = copyFor(group.type, labels);
              return (
                <li key={group.type} className={`${P}-group`} data-type={group.type}>
                  <div className={`${P}-group-header`}>
                    <Heading className={`${P}-title`}>{copy.title}</Heading>
                    <Badge tone="danger">{group.type}</Badge>
                  </div>
                  <p className={`${P}-text`}>{copy.explanation}</p>
                  {group.messages.length > 0 ? (
                    <ul className={`${P}-messages`} aria-label={labels.messagesLabel}>
                      {group.messages.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                  <p className={`${P}-hint`}>
                    <strong>{labels.fixLabel}</strong> {copy.hint}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {!healthy || logs !== '' ? (
        <div className={`${P}-logs`}>
          <Heading className={`${P}-title`}>{labels.logsTitle}</Heading>
          <ContainerLogViewer logs={logs} labels={labels.logViewer} height={logHeight} />
        </div>
      ) : null}
    </KonanRoot>
  );
}
