import { useId } from 'react';
import { bindTextFields } from './bind-text-fields.js';
import { Button } from './button.js';
import type { ContainerImageField, ContainerImageValues } from './container-image-checks.js';
import type { ContainerImageLabels } from './container-image-labels.js';
import { isUnusualPort } from './port-warning.js';
import { TextField } from './text-field.js';

export interface ContainerImageFieldsProps {
  values: ContainerImageValues;
  /** The message of an invalid field, or undefined. */
  errorOf: (field: ContainerImageField) => string | undefined;
  labels: ContainerImageLabels;
  /**
   * A warning under the port that does not block submitting. By default a port below 1024 is
   * warned about with `labels.exposedPortUnusual`.
   */
  portWarning?: string | undefined;
  onChange: <K extends keyof ContainerImageValues>(
    field: K,
    value: ContainerImageValues[K],
  ) => void;
}

/**
 * The container-image fields of a form: image URL and exposed port, then a "Private registry"
 * disclosure that shows the registry username and password. Validate them with
 * `validateContainerImage`.
 */
export function ContainerImageFields({
  values,
  errorOf,
  labels,
  portWarning,
  onChange,
}: ContainerImageFieldsProps) {
  const id = useId();
  const credentialsId = `${id}-registry`;
  const hintId = `${id}-registry-hint`;
  const text = bindTextFields<ContainerImageField>(values, errorOf, onChange);
  const port = values.exposedPort.trim();
  const warning =
    portWarning ?? (isUnusualPort(port) ? labels.exposedPortUnusual(port) : undefined);
  return (
    <>
      <div className="konan-container-image-grid konan-container-image-address">
        <TextField
          label={labels.imageUrlLabel}
          hint={labels.imageUrlHint}
          name="image-url"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          className="konan-container-image-url"
          {...text('imageUrl')}
        />
        <TextField
          label={labels.exposedPortLabel}
          hint={
            warning ? (
              <>
                {labels.exposedPortHint}{' '}
                <span className="konan-container-image-warning">{warning}</span>
              </>
            ) : (
              labels.exposedPortHint
            )
          }
          name="exposed-port"
          inputMode="numeric"
          autoComplete="off"
          className="konan-container-image-port"
          {...text('exposedPort')}
        />
      </div>
      <div className="konan-container-image-registry">
        <Button
          variant="ghost"
          className="konan-container-image-disclosure"
          aria-expanded={values.privateRegistry}
          aria-controls={credentialsId}
          aria-describedby={hintId}
          onClick={() => onChange('privateRegistry', !values.privateRegistry)}
        >
          <span className="konan-chevron" aria-hidden="true" />
          {labels.privateRegistryLabel}
        </Button>
        <span id={hintId} className="konan-hint">
          {labels.privateRegistryHint}
        </span>
        <div
          id={credentialsId}
          className="konan-container-image-grid"
          hidden={!values.privateRegistry}
        >
          {values.privateRegistry ? (
            <>
              <TextField
                label={labels.registryUsernameLabel}
                name="registry-username"
                autoComplete="off"
                spellCheck={false}
                {...text('registryUsername')}
              />
              <TextField
                label={labels.registryPasswordLabel}
                name="registry-password"
                type="password"
                autoComplete="new-password"
                {...text('registryPassword')}
              />
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
