import type { KonanDockerImage } from './data-types.js';

/** A container image as the create calls send it. Registry credentials only when given. */
export function imageFields(image: KonanDockerImage): Record<string, string | number> {
  return {
    image_url: image.url.trim(),
    exposed_port: image.exposedPort,
    ...(image.credentials && {
      docker_username: image.credentials.username,
      docker_password: image.credentials.password,
    }),
  };
}
