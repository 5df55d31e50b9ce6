import { describe, expect, it } from 'vitest';
import { KonanHttpError, KonanNetworkError } from '../../src/client/errors';
import { createModelFieldErrors } from '../../src/components/models-panel/create-model-errors';
import { imageUrlProblem } from '../../src/components/models-panel/image-reference';
import { emptyModelForm, parseModelForm } from '../../src/components/models-panel/model-form';
import { defaultModelsPanelLabels as labels } from '../../src/components/models-panel/models-panel-labels';

const valid = {
  ...emptyModelForm,
  name: 'loan-xgb-v5',
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
    const result = parseModelForm(
      {
        ...valid,
        name: '  loan-xgb-v5 ',
        imageUrl: ' registry.konan.ai/demo/xgb:5.0 ',
        port: ' 8080 ',
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
    const withCredentials = parseModelForm(
      { ...valid, privateRegistry: true, username: 'ci', password: ' p w ' },
      labels,
    );
    expect(withCredentials.ok && withCredentials.request.image.credentials).toEqual({
      username: 'ci',
      password: ' p w ',
    });
    const publicImage = parseModelForm({ ...valid, username: 'ci', password: 'pw' }, labels);
    expect(publicImage.ok && publicImage.request.image).not.toHaveProperty('credentials');
  });

  it('reports every invalid field at once', () => {
    const result = parseModelForm(
      { ...emptyModelForm, name: ' ', port: '0', privateRegistry: true },
      labels,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: labels.nameRequired,
        imageUrl: labels.imageRequired,
        port: labels.portInvalid,
        username: labels.usernameRequired,
        password: labels.passwordRequired,
      },
    });
  });

  it.each(['0', '65536', '80.5', '-1', '8e3', '', 'http'])('refuses port %j', (port) => {
    const result = parseModelForm({ ...valid, port }, labels);
    expect(result).toEqual({ ok: false, errors: { port: labels.portInvalid } });
  });

  it.each(['1', '8000', '65535'])('accepts port %s', (port) => {
    expect(parseModelForm({ ...valid, port }, labels).ok).toBe(true);
  });

  it('reads a port with leading zeros as its number', () => {
    const result = parseModelForm({ ...valid, port: '000080' }, labels);
    expect(result.ok && result.request.image.exposedPort).toBe(80);
  });

  it('asks for the registry username when it is blank, and takes a password of spaces', () => {
    expect(
      parseModelForm({ ...valid, privateRegistry: true, username: '  ', password: '  ' }, labels),
    ).toEqual({ ok: false, errors: { username: labels.usernameRequired } });
    const result = parseModelForm(
      { ...valid, privateRegistry: true, username: ' ci ', password: '  ' },
      labels,
    );
    expect(result.ok && result.request.image.credentials).toEqual({
      username: 'ci',
      password: '  ',
    });
  });

  it('gives the image its specific message', () => {
    const imageError = (imageUrl: string) => {
      const result = parseModelForm({ ...valid, imageUrl }, labels);
      return result.ok ? undefined : result.errors.imageUrl;
    };
    expect(imageError('  ')).toBe(labels.imageRequired);
    expect(imageError('https://registry.example.com/model:1')).toBe(labels.imageScheme);
    expect(imageError('registry.example.com/my model:1')).toBe(labels.imageSpaces);
    expect(imageError('registry.example.com/Model:1')).toBe(labels.imageInvalid);
  });

  it('refuses a name the deployment already uses', () => {
    const result = parseModelForm({ ...valid, name: 'loan-gbm-v3 ' }, labels, ['loan-gbm-v3']);
    expect(result).toEqual({ ok: false, errors: { name: labels.nameTaken('loan-gbm-v3') } });
  });

  it('uses the caller’s labels', () => {
    const result = parseModelForm({ ...valid, name: '' }, { ...labels, nameRequired: 'Nom ?' });
    expect(result).toEqual({ ok: false, errors: { name: 'Nom ?' } });
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
      port: 'Nothing listens on 8080.',
    });
  });

  it('puts a duplicate name on the name field', () => {
    expect(createModelFieldErrors(refused(409, { detail: 'Taken.' }, 'Taken.'))).toEqual({
      name: 'Taken.',
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
