import type { KonanModelCreationRequest } from '../../client/types.js';
import { fieldErrors, firstError, intInRange, required } from '../shared/field-checks.js';
import { type ImageUrlProblem, imageUrlProblem } from './image-reference.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

/** The add-model form as typed. */
export interface ModelFormValues {
  name: string;
  imageUrl: string;
  port: string;
  privateRegistry: boolean;
  username: string;
  password: string;
}

export type ModelFormField = 'name' | 'imageUrl' | 'port' | 'username' | 'password';
export type ModelFormErrors = Partial<Record<ModelFormField, string>>;

export const emptyModelForm: ModelFormValues = {
  name: '',
  imageUrl: '',
  port: '8000',
  privateRegistry: false,
  username: '',
  password: '',
};

type FormLabels = Pick<
  ModelsPanelLabels,
  | 'nameRequired'
  | 'nameTaken'
  | 'imageRequired'
  | 'imageScheme'
  | 'imageSpaces'
  | 'imageInvalid'
  | 'portInvalid'
  | 'usernameRequired'
  | 'passwordRequired'
>;

export type ModelFormResult =
  | { ok: true; request: KonanModelCreationRequest }
  | { ok: false; errors: ModelFormErrors };

/**
 * Validates the form: the request to send (a challenger), or one message per invalid field, every
 * field at once. `takenNames` are the deployment's model names (Konan refuses duplicates).
 */
export function parseModelForm(
  values: ModelFormValues,
  labels: FormLabels,
  takenNames: readonly string[] = [],
): ModelFormResult {
  const name = values.name.trim();
  const imageUrl = values.imageUrl.trim();
  const port = values.port.trim();
  const username = values.username.trim();
  // Tokens and passwords are sent as typed.
  const { privateRegistry, password } = values;

  const imageProblem = imageUrlProblem(imageUrl);
  const imageMessages: Record<ImageUrlProblem, string> = {
    required: labels.imageRequired,
    scheme: labels.imageScheme,
    spaces: labels.imageSpaces,
    invalid: labels.imageInvalid,
  };
  const errors = fieldErrors<ModelFormField>({
    name: firstError(name, [
      required(labels.nameRequired),
      (trimmed) => (takenNames.includes(trimmed) ? labels.nameTaken(trimmed) : undefined),
    ]),
    imageUrl: imageProblem ? imageMessages[imageProblem] : undefined,
    port: firstError(port, [intInRange(1, 65535, labels.portInvalid)]),
    ...(privateRegistry && {
      username: firstError(username, [required(labels.usernameRequired)]),
      password: firstError(password, [required(labels.passwordRequired)]),
    }),
  });
  if (errors) return { ok: false, errors };
  return {
    ok: true,
    request: {
      name,
      image: {
        url: imageUrl,
        exposedPort: Number(port),
        ...(privateRegistry && { credentials: { username, password } }),
      },
      state: 'challenger',
    },
  };
}
