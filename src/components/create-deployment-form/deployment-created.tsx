import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { KonanDeploymentCreationResponse } from '../../client/data-types.js';
import { DeploymentErrorsPanel } from '../deployment-errors-panel/deployment-errors-panel.js';
import { Badge } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { CopyButton } from '../shared/copy-button.js';
import { useFormatters } from '../shared/format.js';
import { Heading, type KonanHeadingLevel, subHeadingLevel } from '../shared/heading.js';
import { modelStateText, modelStateTone } from '../shared/model-state.js';
import type { CreateDeploymentFormLabels } from './create-deployment-form-labels.js';

export interface DeploymentCreatedProps {
  result: KonanDeploymentCreationResponse;
  labels: CreateDeploymentFormLabels;
  /** The level of the form's heading: the result's headings go below it. */
  headingLevel: KonanHeadingLevel;
  onReset?: (() => void) | undefined;
  /** More buttons beside "Create another deployment". */
  actions?: ReactNode;
}

/** The new deployment (name, uuid, live model, date) and what its attempt reported. */
export function DeploymentCreated({
  result,
  labels,
  headingLevel,
  onReset,
  actions,
}: DeploymentCreatedProps) {
  const summaryLevel = subHeadingLevel(headingLevel);
  const format = useFormatters();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { deployment, liveModel } = result;
  // Any creation error means the container did not start, so the model exists but cannot predict.
  const serving = (result.errors ?? []).length === 0;
  const createdAt = deployment.createdAt instanceof Date ? deployment.createdAt : null;

  // Keyboard and screen reader users land on the outcome, not on a vanished form.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="konan-create-deployment-form-result">
      <section
        className="konan-panel konan-create-deployment-form-summary"
        aria-labelledby={titleId}
      >
        <div className="konan-create-deployment-form-summary-header">
          <Heading
            level={summaryLevel}
            id={titleId}
            ref={headingRef}
            tabIndex={-1}
            className="konan-panel-title"
          >
            {deployment.name}
          </Heading>
          <Badge tone={serving ? 'success' : 'warning'}>
            {serving ? labels.createdTitle : labels.createdNotServing}
          </Badge>
        </div>
        <dl className="konan-create-deployment-form-facts">
          <div>
            <dt>{labels.uuidLabel}</dt>
            <dd className="konan-create-deployment-form-uuid">
              <code className="konan-mono">{deployment.uuid}</code>
              <CopyButton
                text={deployment.uuid}
                variant="ghost"
                aria-label={labels.copyUuid}
                title={labels.copyUuid}
                copiedMessage={labels.copyUuidDone}
                failedMessage={labels.copyUuidFailed}
              >
                <CopyIcon />
              </CopyButton>
            </dd>
          </div>
          <div>
            <dt>{labels.liveModelLabel}</dt>
            <dd>
              {liveModel ? (
                <span className="konan-row">
                  <span>{liveModel.name}</span>
                  <Badge tone={serving ? modelStateTone(liveModel.state) : 'warning'}>
                    {modelStateText(liveModel.state, labels)}
                  </Badge>
                  {serving ? null : (
                    <span className="konan-muted">{labels.liveModelNotServing}</span>
                  )}
                </span>
              ) : (
                <span className="konan-muted">{labels.liveModelUnknown}</span>
              )}
            </dd>
          </div>
          {createdAt ? (
            <div>
              <dt>{labels.createdLabel}</dt>
              <dd>
                <time dateTime={createdAt.toISOString()}>{format.dateTime(createdAt)}</time>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <DeploymentErrorsPanel
        errors={result.errors ?? []}
        containerLogs={result.containerLogs ?? ''}
        labels={labels.deploymentErrorsPanel}
        headingLevel={subHeadingLevel(summaryLevel)}
      />
      {onReset || actions ? (
        <div className="konan-create-deployment-form-result-actions">
          {actions}
          {onReset ? (
            <Button variant={actions ? 'secondary' : 'primary'} onClick={() => onReset()}>
              {labels.createAnother}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function CopyIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
      <rect
        x="5"
        y="5"
        width="8"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path
        d="M3 10.5V3.5A1.5 1.5 0 0 1 4.5 2H10"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
