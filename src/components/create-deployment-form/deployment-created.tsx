import { useEffect, useId, useRef } from 'react';
import type { KonanDeploymentCreationResponse } from '../../client/types.js';
import { DeploymentErrorsPanel } from '../deployment-errors-panel/deployment-errors-panel.js';
import { Badge, type BadgeTone } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { CopyButton } from '../shared/copy-button.js';
import { useFormatters } from '../shared/format.js';
import type { CreateDeploymentFormLabels } from './create-deployment-form-labels.js';

const P = 'konan-create-deployment-form';

const stateTone = (state: string): BadgeTone =>
  state === 'live' ? 'success' : state === 'challenger' ? 'info' : 'neutral';

export interface DeploymentCreatedProps {
  result: KonanDeploymentCreationResponse;
  labels: CreateDeploymentFormLabels;
  onReset?: (() => void) | undefined;
}

/** The new deployment (name, uuid, live model, date) and what its attempt reported. */
export function DeploymentCreated({ result, labels, onReset }: DeploymentCreatedProps) {
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
    <div className={`${P}-result`}>
      <section className={`konan-panel ${P}-summary`} aria-labelledby={titleId}>
        <div className={`${P}-summary-header`}>
          <h3 id={titleId} ref={headingRef} tabIndex={-1} className="konan-panel-title">
            {deployment.name}
          </h3>
          <Badge tone="success">{labels.createdTitle}</Badge>
        </div>
        <dl className={`${P}-facts`}>
          <div>
            <dt>{labels.uuid}</dt>
            <dd className={`${P}-uuid`}>
              <code className="konan-mono">{deployment.uuid}</code>
              <CopyButton
                text={deployment.uuid}
                variant="ghost"
                aria-label={labels.copyUuid}
                title={labels.copyUuid}
                copiedMessage={labels.uuidCopied}
                failedMessage={labels.uuidCopyFailed}
              >
                <CopyIcon />
              </CopyButton>
            </dd>
          </div>
          <div>
            <dt>{labels.liveModel}</dt>
            <dd>
              {liveModel ? (
                <span className="konan-row">
                  <span>{liveModel.name}</span>
                  <Badge tone={serving ? stateTone(liveModel.state) : 'warning'}>
                    {labels.modelState(liveModel.state)}
                  </Badge>
                  {serving ? null : <span className="konan-muted">{labels.modelNotServing}</span>}
                </span>
              ) : (
                <span className="konan-muted">{labels.noLiveModel}</span>
              )}
            </dd>
          </div>
          {createdAt ? (
            <div>
              <dt>{labels.createdAt}</dt>
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
        labels={labels.errorsPanel}
        headingLevel={4}
      />
      {onReset ? (
        <div>
          <Button variant="primary" onClick={onReset}>
            {labels.createAnother}
          </Button>
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
