import { describe, expect, it } from 'vitest';
import {
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from '../../src/components/create-deployment-form/create-deployment-form-checks';
import { defaultCreateDeploymentFormLabels as labels } from '../../src/components/create-deployment-form/create-deployment-form-labels';

const valid: DeploymentFormValues = {
  ...defaultDeploymentFormValues,
  deploymentName: ' Churn ',
  modelName: 'churn-gbm-v1',
  imageUrl: ' registry.example.com/team/churn-model:1.4 ',
};

const errorsOf = (values: Partial<DeploymentFormValues>) => {
  const result = validateDeploymentForm({ ...valid, ...values }, labels);
  return result.ok ? {} : result.errors;
};

describe('validateDeploymentForm', () => {
  it('builds the request from trimmed values, port as a number, no credentials', () => {
    expect(validateDeploymentForm(valid, labels)).toEqual({
      ok: true,
      request: {
        deploymentName: 'Churn',
        modelName: 'churn-gbm-v1',
        image: { url: 'registry.example.com/team/churn-model:1.4', exposedPort: 8000 },
      },
    });
  });

  it('requires both names and limits their length', () => {
    expect(errorsOf({ deploymentName: '  ', modelName: '' })).toEqual({
      deploymentName: labels.deploymentNameRequired,
      modelName: labels.modelNameRequired,
    });
    expect(errorsOf({ modelName: 'x'.repeat(101) })).toEqual({
      modelName: 'Use at most 100 characters.',
    });
  });

  it('counts name characters as users see them, after trimming', () => {
    expect(errorsOf({ deploymentName: ` ${'x'.repeat(100)} ` })).toEqual({});
    expect(errorsOf({ deploymentName: '🚀'.repeat(100) })).toEqual({});
    expect(errorsOf({ deploymentName: '🚀'.repeat(101) })).toEqual({
      deploymentName: 'Use at most 100 characters.',
    });
    expect(errorsOf({ modelName: 'é'.repeat(101) })).toEqual({
      modelName: 'Use at most 100 characters.',
    });
  });

  it('shows one message per field: the first rule it breaks', () => {
    expect(
      errorsOf({
        deploymentName: '   ',
        imageUrl: `https://${'a'.repeat(300)}`,
        exposedPort: '8e3',
      }),
    ).toEqual({
      deploymentName: labels.deploymentNameRequired,
      imageUrl: labels.imageUrlScheme,
      exposedPort: labels.exposedPortInvalid,
    });
  });

  it('accepts image references with registry ports, nested paths, digests or no tag', () => {
    for (const url of [
      'nginx',
      'acme/model',
      'localhost:5000/acme/model:latest',
      'ghcr.io/acme/team/model_v2:2024.05-rc1',
      `registry.example.com/model@sha256:${'a'.repeat(64)}`,
    ]) {
      expect(errorsOf({ imageUrl: url })).toEqual({});
    }
  });

  it('refuses URLs that are not image references', () => {
    expect(errorsOf({ imageUrl: '' })).toEqual({ imageUrl: labels.imageUrlRequired });
    expect(errorsOf({ imageUrl: 'https://registry.example.com/model:1' })).toEqual({
      imageUrl: labels.imageUrlScheme,
    });
    // Blanks inside have their own message (shared with the add-model form).
    expect(errorsOf({ imageUrl: 'acme model:1' })).toEqual({ imageUrl: labels.imageUrlSpaces });
    for (const url of [
      'Acme/Model:1',
      'acme/model:',
      'acme//model',
      'a:b:c',
      `acme/${'m'.repeat(251)}`,
    ]) {
      expect(errorsOf({ imageUrl: url })).toEqual({ imageUrl: labels.imageUrlInvalid });
    }
  });

  it('takes whole ports from 1 to 65535 only', () => {
    for (const port of ['0', '65536', '80.5', '-1', 'abc', '', '8e3', '123456']) {
      expect(errorsOf({ exposedPort: port })).toEqual({ exposedPort: labels.exposedPortInvalid });
    }
    // Leading zeros are read as the number they pad (as in the add-model form).
    const zeros = validateDeploymentForm({ ...valid, exposedPort: '000080' }, labels);
    expect(zeros.ok && zeros.request.image.exposedPort).toBe(80);
    const padded = validateDeploymentForm({ ...valid, exposedPort: '00080' }, labels);
    expect(padded.ok && padded.request.image.exposedPort).toBe(80);
    const result = validateDeploymentForm({ ...valid, exposedPort: ' 65535 ' }, labels);
    expect(result.ok && result.request.image.exposedPort).toBe(65535);
  });

  it('requires registry credentials only when the private registry is open', () => {
    expect(errorsOf({ registryUsername: '', privateRegistry: false })).toEqual({});
    expect(errorsOf({ privateRegistry: true })).toEqual({
      registryUsername: labels.registryUsernameRequired,
      registryPassword: labels.registryPasswordRequired,
    });
  });
});
