import * as z from 'zod/mini';
import type { KonanModelCreationRequest } from '../../client/types';
import { type ImageUrlProblem, imageUrlProblem } from './image-reference';
import type { ModelsPanelLabels } from './models-panel-labels';

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

// `addIssue` (not `issues.push`) marks issues as non-aborting, so the registry check below still
// runs when a field failed and every message shows at once.

/** The form's rules; `takenNames` are the deployment's model names (Konan refuses duplicates). */
export function modelFormSchema(labels: FormLabels, takenNames: readonly string[] = []) {
  const imageMessages: Record<ImageUrlProblem, string> = {
    required: labels.imageRequired,
    scheme: labels.imageScheme,
    spaces: labels.imageSpaces,
    invalid: labels.imageInvalid,
  };
  return z
    .object({
      name: z.string().check(
        z.superRefine((name, ctx) => {
          const trimmed = name.trim();
          if (trimmed === '')
            ctx.addIssue({ code: 'custom', message: labels.nameRequired, input: name });
          else if (takenNames.includes(trimmed))
            ctx.addIssue({ code: 'custom', message: labels.nameTaken(trimmed), input: name });
        }),
      ),
      imageUrl: z.string().check(
        z.superRefine((url, ctx) => {
          const problem = imageUrlProblem(url);
          if (problem)
            ctx.addIssue({ code: 'custom', message: imageMessages[problem], input: url });
        }),
      ),
      port: z.string().check(
        z.refine((port) => {
          const trimmed = port.trim();
          const value = Number(trimmed);
          return /^\d+$/.test(trimmed) && value >= 1 && value <= 65535;
        }, labels.portInvalid),
      ),
      privateRegistry: z.boolean(),
      username: z.string(),
      password: z.string(),
    })
    .check(
      z.superRefine((form, ctx) => {
        if (!form.privateRegistry) return;
        if (form.username.trim() === '')
          ctx.addIssue({
            code: 'custom',
            message: labels.usernameRequired,
            input: form.username,
            path: ['username'],
          });
        if (form.password === '')
          ctx.addIssue({
            code: 'custom',
            message: labels.passwordRequired,
            input: form.password,
            path: ['password'],
          });
      }),
    );
}

export type ModelFormResult =
  | { ok: true; request: KonanModelCreationRequest }
  | { ok: false; errors: ModelFormErrors };

/** Validates the form: the request to send (a challenger), or one message per invalid field. */
export function parseModelForm(
  values: ModelFormValues,
  labels: FormLabels,
  takenNames: readonly string[] = [],
): ModelFormResult {
  const result = modelFormSchema(labels, takenNames).safeParse(values);
  if (!result.success) {
    const errors: ModelFormErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as ModelFormField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const form = result.data;
  return {
    ok: true,
    request: {
      name: form.name.trim(),
      image: {
        url: form.imageUrl.trim(),
        exposedPort: Number(form.port.trim()),
        ...(form.privateRegistry && {
          credentials: { username: form.username.trim(), password: form.password },
        }),
      },
      state: 'challenger',
    },
  };
}
