import type { ContainerLogViewerLabels } from '../container-log-viewer/container-log-viewer-labels.js';
import type { KonanLabelCount } from '../shared/labels.js';

/** What the panel says about one type of deployment error. */
export interface DeploymentErrorCopy {
  title: string;
  explanation: string;
  hint: string;
}

export interface DeploymentErrorsPanelLabels {
  failedTitle: (problems: KonanLabelCount) => string;
  failedIntro: string;
  healthyTitle: string;
  healthyText: string;
  image: DeploymentErrorCopy;
  exposedPort: DeploymentErrorCopy;
  healthEndpoint: DeploymentErrorCopy;
  /** For error types this version does not know; the type is shown as the server sent it. */
  unknown: (type: string) => DeploymentErrorCopy;
  messagesLabel: string;
  fixLabel: string;
  logsTitle: string;
  /** Passed on to the `ContainerLogViewer`. */
  containerLogViewer: Partial<ContainerLogViewerLabels>;
}

export const defaultDeploymentErrorsPanelLabels: DeploymentErrorsPanelLabels = {
  failedTitle: (problems) =>
    problems.value === 1
      ? 'Not serving: 1 problem to fix'
      : `Not serving: ${problems.text} problems to fix`,
  failedIntro:
    'Konan created the deployment, but its model is not serving. Fix what is listed below, then deploy the model again.',
  healthyTitle: 'The deployment is healthy',
  healthyText:
    'Konan pulled the image, started the container, and the model answers its health check.',
  image: {
    title: 'The image could not be pulled',
    explanation: 'Konan could not download the container image.',
    hint: 'Check the image URL (registry/name:tag) and, for a private registry, the username and password.',
  },
  exposedPort: {
    title: 'The exposed port could not be used',
    explanation:
      'Konan refuses some ports (such as those below 1024), and the port must be the one your model server listens on inside the container.',
    hint: 'Use a port from 1024 to 65535 that your server command listens on, e.g. 8000 for "uvicorn main:app --port 8000".',
  },
  healthEndpoint: {
    title: 'The health check failed',
    explanation: 'Konan checks that the model is up by calling GET /healthz on the container.',
    hint: 'Make the server answer GET /healthz with status 200 once the model is loaded.',
  },
  unknown: (type) => ({
    title: `Problem: ${type}`,
    explanation: 'Konan reported a problem of a type this dashboard does not know.',
    hint: 'Read the message and the container logs below; they usually say what went wrong.',
  }),
  messagesLabel: 'What Konan said',
  fixLabel: 'How to fix it:',
  logsTitle: 'Container logs',
  containerLogViewer: {},
};
