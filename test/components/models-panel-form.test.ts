import { describe, expect, it } from 'vitest';
import { KonanHttpError, KonanNetworkError } from '../../src/client/errors';
import {
  defaultModelFormValues,
  validateModelForm,
} from '../../src/components/models-panel/add-model-form-checks';
import { createModelFieldErrors } from '../../src/components/models-panel/create-model-errors';
import { defaultModelsPanelLabels as labels } from '../../src/components/models-panel/models-panel-labels';
import { imageUrlProblem } from '../../src/components/shared/image-reference';

const valid = {
  ...defaultModelFormValues,
  modelName: 'loan-xgb-v5',
  imageUrl: 'registry.konan.ai/demo/xgb:5.0',
};

describe('image references', () => {
  it.each([
    'nginx',
    'library/nginx:1.27',
    'registry.konan.ai/demo/loan-xgb:4.0',
    'localhost:5000/team/model',
    'ghcr.io/acme/churn_model:v1.2-rc.1',
    `registry.example.com/a/b@sha256:${'a'.repeat(64)}`,
  ])('accepts %s', (url) => {
    expect(imageUrlProblem(url)).toBeNull();
    expect(imageUrlProblem(`  ${url}  `)).toBeNull();
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['https://registry.example.com/model:1', 'scheme'],
    ['registry.example.com/my model:1', 'spaces'],
    ['registry.example.com/Team/Model:1', 'invalid'],
    ['registry.example.com/model:', 'invalid'],
    ['registry.example.com//model', 'invalid'],
    ['model:tag:again', 'invalid'],
    [`a/${'b'.repeat(260)}`, 'invalid'],
  ])('refuses %j (%s)', (url, problem) => {
    expect(imageUrlProblem(url)).toBe(problem);
  });
});

describe('the add-model form', () => {
  it('builds a challenger request from valid input, trimmed', () => {
    const result = validateModelForm(
      {
        ...valid,
        modelName: '  loan-xgb-v5 ',
        imageUrl: ' registry.konan.ai/demo/xgb:5.0 ',
        exposedPort: ' 8080 ',
      },
      labels,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        name: 'loan-xgb-v5',
        image: { url: 'registry.konan.ai/demo/xgb:5.0', exposedPort: 8080 },
        state: 'challenger',
      },
    });
  });

  it('sends registry credentials only for a private registry', () => {
    const withCredentials = validateModelForm(
      { ...valid, privateRegistry: true, registryUsername: 'ci', registryPassword: ' p w ' },
      labels,
    );
    expect(withCredentials.ok && withCredentials.request.image.credentials).toEqual({
      username: 'ci',
      password: ' p w ',
    });
    const publicImage = validateModelForm(
      { ...valid, registryUsername: 'ci', registryPassword: 'pw' },
      labels,
    );
    expect(publicImage.ok && publicImage.request.image).not.toHaveProperty('credentials');
  });

  it('reports every invalid field at once', () => {
    const result = validateModelForm(
      { ...defaultModelFormValues, modelName: ' ', exposedPort: '0', privateRegistry: true },
      labels,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        modelName: labels.modelNameRequired,
        imageUrl: labels.imageUrlRequired,
        exposedPort: labels.exposedPortInvalid,
        registryUsername: labels.registryUsernameRequired,
        registryPassword: labels.registryPasswordRequired,
      },
    });
  });

  it.each(['0', '65536', '80.5', '-1', '8e3', '', 'http'])('refuses port %j', (port) => {
    const result = validateModelForm({ ...valid, exposedPort: port }, labels);
    expect(result).toEqual({ ok: false, errors: { exposedPort: labels.exposedPortInvalid } });
  });

  it.each(['1', '8000', '65535'])('accepts port %s', (port) => {
    expect(validateModelForm({ ...valid, exposedPort: port }, labels).ok).toBe(true);
  });

  it('reads a port with leading zeros as its number', () => {
    const result = validateModelForm({ ...valid, exposedPort: '000080' }, labels);
    expect(result.ok && result.request.image.exposedPort).toBe(80);
  });

  it('gives the image its specific message', () => {
    const imageError = (imageUrl: string) => {
      const result = validateModelForm({ ...valid, imageUrl }, labels);
      return result.ok ? undefined : result.errors.imageUrl;
    };
    expect(imageError('  ')).toBe(labels.imageUrlRequired);
    expect(imageError('https://registry.example.com/model:1')).toBe(labels.imageUrlScheme);
    expect(imageError('registry.example.com/my model:1')).toBe(labels.imageUrlSpaces);
    expect(imageError('registry.example.com/Model:1')).toBe(labels.imageUrlInvalid);
  });

  it('refuses a name the deployment already uses', () => {
    const result = validateModelForm({ ...valid, modelName: 'loan-gbm-v3 ' }, labels, [
      'loan-gbm-v3',
    ]);
    expect(result).toEqual({
      ok: false,
      errors: { modelName: labels.modelNameTaken('loan-gbm-v3') },
    });
  });

  it('uses the caller’s labels', () => {
    const result = validateModelForm(
      { ...valid, modelName: '' },
      { ...labels, modelNameRequired: 'Nom ?' },
    );
    expect(result).toEqual({ ok: false, errors: { modelName: 'Nom ?' } });
  });
});

describe('server errors of a model creation', () => {
  const refused = (status: number, body: unknown, serverMessage?: string) =>
    new KonanHttpError({
      status,
      serverMessage,
      method: 'POST',
      url: 'https://api.konan.ai/deployments/d/models/',
      body,
    });

  it('puts image and port errors on their fields', () => {
    const error = refused(400, {
      detail: 'The model could not be started.',
      errors: [
        { field: 'image', message: 'Image not found.' },
        { field: 'exposed_port', message: 'Nothing listens on 8080.' },
        { field: 'health_endpoint', message: 'No answer on /healthz.' },
      ],
    });
    expect(createModelFieldErrors(error)).toEqual({
      imageUrl: 'Image not found.',
      exposedPort: 'Nothing listens on 8080.',
    });
  });

  it('puts a duplicate name on the name field', () => {
    expect(createModelFieldErrors(refused(409, { detail: 'Taken.' }, 'Taken.'))).toEqual({
      modelName: 'Taken.',
    });
  });

  it('ignores bodies and errors it does not understand', () => {
    expect(createModelFieldErrors(refused(400, { errors: 'nope' }))).toEqual({});
    expect(createModelFieldErrors(refused(400, { errors: [null, { field: 1 }] }))).toEqual({});
    expect(createModelFieldErrors(refused(500, 'Internal error'))).toEqual({});
    expect(createModelFieldErrors(new KonanNetworkError('offline'))).toEqual({});
    expect(createModelFieldErrors(undefined)).toEqual({});
  });
});
