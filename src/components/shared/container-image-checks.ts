import type { KonanDockerImage } from '../../client/data-types.js';
import type { ContainerImageLabels } from './container-image-labels.js';
import { fieldErrors, firstError, intInRange, required } from './field-checks.js';
import { type ImageUrlProblem, imageUrlProblem } from './image-reference.js';

/** The container-image fields as typed; the port is parsed on submit. */
export interface ContainerImageValues {
  imageUrl: string;
  exposedPort: string;
  /** The private-registry disclosure is open: the credentials are asked for and sent. */
  privateRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
}

export type ContainerImageField = Exclude<keyof ContainerImageValues, 'privateRegistry'>;
export type ContainerImageErrors = Partial<Record<ContainerImageField, string>>;

export const defaultContainerImageValues: ContainerImageValues = {
  imageUrl: '',
  exposedPort: '8000',
  privateRegistry: false,
  registryUsername: '',
  registryPassword: '',
};

export type ContainerImageMessages = Pick<
  ContainerImageLabels,
  | 'imageUrlRequired'
  | 'imageUrlScheme'
  | 'imageUrlSpaces'
  | 'imageUrlInvalid'
  | 'exposedPortInvalid'
  | 'registryUsernameRequired'
  | 'registryPasswordRequired'
>;

export type ContainerImageValidation =
  | { ok: true; image: KonanDockerImage }
  | { ok: false; errors: ContainerImageErrors };

/**
 * Validate the container-image fields with the (replaceable) messages of a form's labels: the
 * image to send (trimmed; the password as typed), or one message per bad field (the first rule
 * it breaks). The credentials count only while the private registry is open.
 */
export function validateContainerImage(
  values: ContainerImageValues,
  messages: ContainerImageMessages,
): ContainerImageValidation {
  const imageUrl = values.imageUrl.trim();
  const exposedPort = values.exposedPort.trim();
  const registryUsername = values.registryUsername.trim();
  // Tokens and passwords are sent as typed.
  const { privateRegistry, registryPassword } = values;

  const problem = imageUrlProblem(imageUrl);
  const errors = fieldErrors<ContainerImageField>({
    imageUrl: problem ? imageUrlMessage(problem, messages) : undefined,
    // Digits only, from 1 to 65535; leading zeros are read as the number they pad.
    exposedPort: firstError(exposedPort, [intInRange(1, 65535, messages.exposedPortInvalid)]),
    ...(privateRegistry && {
      registryUsername: firstError(registryUsername, [required(messages.registryUsernameRequired)]),
      registryPassword: firstError(registryPassword, [required(messages.registryPasswordRequired)]),
    }),
  });
  if (errors) return { ok: false, errors };
  return {
    ok: true,
    image: {
      url: imageUrl,
      exposedPort: Number(exposedPort),
      ...(privateRegistry && {
        credentials: { username: registryUsername, password: registryPassword },
      }),
    },
  };
}

/** What a form's check answers: the request to send, or one message per bad field. */
export type FormValidation<R, E> = { ok: true; request: R } | { ok: false; errors: E };

/**
 * A form's own field checks completed with its image's: the request `build` makes of the image
 * when every field holds, or the messages of every bad field at once.
 */
export function withContainerImage<F extends string, R>(
  values: ContainerImageValues,
  messages: ContainerImageMessages,
  fieldMessages: Partial<Record<F, string>> | undefined,
  build: (image: KonanDockerImage) => R,
): FormValidation<R, Partial<Record<F, string>> & ContainerImageErrors> {
  const image = validateContainerImage(values, messages);
  if (image.ok && !fieldMessages) return { ok: true, request: build(image.image) };
  return { ok: false, errors: Object.assign({}, fieldMessages, image.ok ? {} : image.errors) };
}

function imageUrlMessage(problem: ImageUrlProblem, messages: ContainerImageMessages): string {
  if (problem === 'required') return messages.imageUrlRequired;
  if (problem === 'scheme') return messages.imageUrlScheme;
  if (problem === 'spaces') return messages.imageUrlSpaces;
  return messages.imageUrlInvalid;
}
