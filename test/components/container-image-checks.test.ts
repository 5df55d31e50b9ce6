import { describe, expect, it } from 'vitest';
import {
  type ContainerImageValues,
  defaultContainerImageValues,
  validateContainerImage,
} from '../../src/components/shared/container-image-checks';
import { defaultContainerImageLabels as labels } from '../../src/components/shared/container-image-labels';

const valid: ContainerImageValues = {
  ...defaultContainerImageValues,
  imageUrl: 'registry.example.com/team/churn-model:1.4',
};

const check = (values: Partial<ContainerImageValues>) =>
  validateContainerImage({ ...valid, ...values }, labels);

describe('validateContainerImage registry credentials', () => {
  it('sends the username trimmed and the password as typed, spaces included', () => {
    const result = check({
      privateRegistry: true,
      registryUsername: ' bot ',
      registryPassword: '  ',
    });
    expect(result.ok && result.image.credentials).toEqual({ username: 'bot', password: '  ' });
  });

  it('asks for a blank username only while the private registry is open', () => {
    expect(check({ privateRegistry: true, registryUsername: '  ', registryPassword: 'x' })).toEqual(
      { ok: false, errors: { registryUsername: labels.registryUsernameRequired } },
    );
    expect(check({ registryUsername: '  ' }).ok).toBe(true);
  });

  it('ignores typed credentials once the private registry is closed', () => {
    const result = check({ registryUsername: 'bot', registryPassword: 'secret' });
    expect(result.ok && 'credentials' in result.image).toBe(false);
  });
});
