import * as z from 'zod/mini';
import type { KonanDeploymentCreationRequest } from '../../client/types';
import type { CreateDeploymentFormLabels } from './create-deployment-form-labels';

/** What the form holds: text as typed; the port is parsed on submit. */
export interface DeploymentFormValues {
  deploymentName: string;
  modelName: string;
  imageUrl: string;
  exposedPort: string;
  privateRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
}

export type DeploymentFormField = Exclude<keyof DeploymentFormValues, 'privateRegistry'>;
export type DeploymentFormErrors = Partial<Record<DeploymentFormField, string>>;

export const defaultDeploymentFormValues: DeploymentFormValues = {
  deploymentName: '',
  modelName: '',
  imageUrl: '',
  exposedPort: '8000',
  privateRegistry: false,
  registryUsername: '',
  registryPassword: '',
};

export const MAX_NAME_LENGTH = 100;

// A Docker image reference: optional registry host (with port), lower-case path, tag or digest.
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?';
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
export const IMAGE_REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${PATH_PART}(?:/${PATH_PART})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

type Messages = Pick<
  CreateDeploymentFormLabels,
  | 'deploymentNameRequired'
  | 'modelNameRequired'
  | 'nameTooLong'
  | 'imageUrlRequired'
  | 'imageUrlScheme'
  | 'imageUrlInvalid'
  | 'exposedPortInvalid'
  | 'registryUsernameRequired'
  | 'registryPasswordRequired'
>;

/** The form's schema, with the (replaceable) messages of its labels. */
export function deploymentFormSchema(messages: Messages, privateRegistry: boolean) {
  const required = (error: string) => z.minLength(1, { error, abort: true });
  const name = (error: string) =>
    z
      .string()
      .check(
        z.trim(),
        required(error),
        z.maxLength(MAX_NAME_LENGTH, { error: messages.nameTooLong(MAX_NAME_LENGTH) }),
      );
  const base = {
    deploymentName: name(messages.deploymentNameRequired),
    modelName: name(messages.modelNameRequired),
    imageUrl: z.string().check(
      z.trim(),
      required(messages.imageUrlRequired),
      z.refine((url) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(url), {
        error: messages.imageUrlScheme,
        abort: true,
      }),
      z.maxLength(255, { error: messages.imageUrlInvalid, abort: true }),
      z.regex(IMAGE_REFERENCE, { error: messages.imageUrlInvalid }),
    ),
    exposedPort: z.pipe(
      z.string().check(z.trim(), z.regex(/^\d{1,5}$/, { error: messages.exposedPortInvalid })),
      z.pipe(
        z.transform((port: string) => Number(port)),
        z
          .number()
          .check(
            z.gte(1, { error: messages.exposedPortInvalid }),
            z.lte(65535, { error: messages.exposedPortInvalid }),
          ),
      ),
    ),
  };
  return privateRegistry
    ? z.object({
        ...base,
        registryUsername: z.string().check(z.trim(), required(messages.registryUsernameRequired)),
        // Tokens and passwords are sent as typed.
        registryPassword: z.string().check(required(messages.registryPasswordRequired)),
      })
    : z.object(base);
}

export type DeploymentFormValidation =
  | { ok: true; request: KonanDeploymentCreationRequest }
  | { ok: false; errors: DeploymentFormErrors };

/** Validate the form: the request to send, or one message per bad field. */
export function validateDeploymentForm(
  values: DeploymentFormValues,
  messages: Messages,
): DeploymentFormValidation {
  const schema = deploymentFormSchema(messages, values.privateRegistry);
  const result = z.safeParse(schema, values);
  if (!result.success) {
    const errors: DeploymentFormErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as DeploymentFormField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const data = result.data as {
    deploymentName: string;
    modelName: string;
    imageUrl: string;
    exposedPort: number;
    registryUsername?: string;
    registryPassword?: string;
  };
  return {
    ok: true,
    request: {
      deploymentName: data.deploymentName,
      modelName: data.modelName,
      image: {
        url: data.imageUrl,
        exposedPort: data.exposedPort,
        ...(data.registryUsername !== undefined &&
          data.registryPassword !== undefined && {
            credentials: { username: data.registryUsername, password: data.registryPassword },
          }),
      },
    },
  };
}
