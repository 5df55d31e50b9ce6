/**
 * The text of the container-image fields (image URL, exposed port, private registry and its
 * credentials), shared by every form that asks for an image: the same key and the same default
 * everywhere. A form's labels extend this interface.
 */
export interface ContainerImageLabels {
  imageUrlLabel: string;
  imageUrlHint: string;
  exposedPortLabel: string;
  exposedPortHint: string;
  /** The disclosure button that shows the registry credentials. */
  privateRegistryLabel: string;
  privateRegistryHint: string;
  registryUsernameLabel: string;
  registryPasswordLabel: string;
  imageUrlRequired: string;
  imageUrlScheme: string;
  imageUrlSpaces: string;
  imageUrlInvalid: string;
  exposedPortInvalid: string;
  /** Under the port when it is below 1024: a warning, the form still submits. */
  exposedPortUnusual: (port: string) => string;
  registryUsernameRequired: string;
  registryPasswordRequired: string;
}

export const defaultContainerImageLabels: ContainerImageLabels = {
  imageUrlLabel: 'Image URL',
  imageUrlHint: 'registry/name:tag, e.g. registry.example.com/team/churn-model:1.4',
  exposedPortLabel: 'Exposed port',
  exposedPortHint: 'Where your model server listens. Konan templates use 8000.',
  privateRegistryLabel: 'Private registry',
  privateRegistryHint: 'Only for images that need a login to be pulled.',
  registryUsernameLabel: 'Registry username',
  registryPasswordLabel: 'Registry password or token',
  imageUrlRequired: 'Enter the URL of the container image.',
  imageUrlScheme: 'Leave out the scheme (https://): use registry/name:tag.',
  imageUrlSpaces: 'An image URL cannot contain spaces.',
  imageUrlInvalid:
    'Use the form registry/name:tag in lower case, e.g. registry.example.com/team/model:1.0.',
  exposedPortInvalid: 'Enter a whole number from 1 to 65535, e.g. 8000.',
  exposedPortUnusual: (port) =>
    `Port ${port} is below 1024: model servers usually cannot listen there. Most templates use 8000.`,
  registryUsernameRequired: 'Enter the registry username, or close "Private registry".',
  registryPasswordRequired: 'Enter the registry password or token, or close "Private registry".',
};
