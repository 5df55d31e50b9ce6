import { hashString } from './prng.js';
import type { StoredDeploymentError } from './store.js';

/**
 * The emulator's deterministic stand-in for pulling and starting a model container.
 * The rules (documented in the README) let tests and stories produce every error on purpose:
 * - `exposed_port`: the port is not an integer between 1024 and 65535 (refused), or it is
 *   valid but not 8000, where every model template listens (then `health_endpoint` too);
 * - `image`: the URL is not a Docker reference (`registry/name:tag`), or contains `missing`
 *   (not found), or contains `private` and no registry credentials were sent;
 * - `health_endpoint`: the URL contains `no-healthz` (never answers GET /healthz) or `crash`
 *   (the container exits before answering).
 */
export interface ContainerRequest {
  deploymentName: string;
  imageUrl: string;
  exposedPort: unknown;
  dockerUsername?: string;
  dockerPassword?: string;
}

export interface ContainerAttempt {
  errors: StoredDeploymentError[];
  logs: string;
  /** The port as a number when it is an integer, for storing on the model. */
  port: number;
}

export const TEMPLATE_PORT = 8000;

const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?';
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE_REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${PATH_PART}(?:/${PATH_PART})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

export function isImageReference(url: string): boolean {
  return url.length <= 255 && IMAGE_REFERENCE.test(url);
}

/** The repository path (without the registry host) and the tag of a valid reference. */
function splitReference(reference: string): { repository: string; tag: string } {
  const [name = reference, digest] = reference.split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const hasTag = colon > slash;
  const path = hasTag ? name.slice(0, colon) : name;
  const tag = hasTag ? name.slice(colon + 1) : digest ? `sha256:${digest.slice(7, 19)}` : 'latest';
  const [first, ...rest] = path.split('/');
  const isRegistry = rest.length > 0 && (/[.:]/.test(first ?? '') || first === 'localhost');
  return { repository: isRegistry ? rest.join('/') : path, tag };
}

function parsePort(value: unknown): number | null {
  const port = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof port === 'number' && Number.isInteger(port) ? port : null;
}

const ESC = '\u001b';
const colour = (code: number, text: string) => `${ESC}[${code}m${text}${ESC}[0m`;
const LEVEL = {
  info: colour(32, 'INFO '),
  warn: colour(33, 'WARN '),
  error: colour(31, 'ERROR'),
};

class LogWriter {
  private readonly lines: string[] = [];
  private elapsedMs = 0;

  constructor(private readonly start: Date) {}

  line(level: keyof typeof LEVEL, text: string, afterMs = 120): void {
    this.elapsedMs += afterMs;
    const time = new Date(this.start.getTime() + this.elapsedMs).toISOString();
    this.lines.push(`${colour(2, time)} ${LEVEL[level]} ${text}`);
  }

  /** A line of the container's own output, as the container printed it. */
  raw(text: string): void {
    this.lines.push(text);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function hexOf(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += hashString(`${seed}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'model'
  );
}

export function simulateContainerStart(request: ContainerRequest, now: Date): ContainerAttempt {
  const errors: StoredDeploymentError[] = [];
  const log = new LogWriter(now);
  const { imageUrl } = request;
  const port = parsePort(request.exposedPort);
  const portInRange = port !== null && port >= 1024 && port <= 65535;
  const container = `konan-${slug(request.deploymentName)}-${hexOf(imageUrl, 6)}`;
  const hasCredentials = Boolean(request.dockerUsername && request.dockerPassword);

  log.line('info', `Deployment "${request.deploymentName}": starting model container`, 0);
  if (!portInRange) {
    const shown = JSON.stringify(request.exposedPort ?? null);
    errors.push({
      field: 'exposed_port',
      message: `Port ${shown} is refused: choose an integer between 1024 and 65535 (model templates listen on ${TEMPLATE_PORT}).`,
    });
    log.line('error', `Refusing exposed port ${shown}: allowed ports are 1024 to 65535`);
  }

  log.line(
    'info',
    `Pulling image ${imageUrl}${hasCredentials ? ' (with registry credentials)' : ''}`,
  );
  if (!isImageReference(imageUrl)) {
    errors.push({
      field: 'image',
      message: `"${imageUrl}" is not a valid image reference: expected registry/name:tag, e.g. registry.example.com/team/model:1.0.`,
    });
    log.line('error', `Error response from daemon: invalid reference format: "${imageUrl}"`);
  } else if (imageUrl.includes('missing')) {
    errors.push({
      field: 'image',
      message: `Image ${imageUrl} was not found in its registry (manifest unknown). Check the repository name and tag.`,
    });
    log.line(
      'error',
      `Error response from daemon: manifest for ${imageUrl} not found: manifest unknown`,
      900,
    );
  } else if (imageUrl.includes('private') && !hasCredentials) {
    errors.push({
      field: 'image',
      message: `Pull access denied for ${imageUrl}: the repository is private. Send docker_username and docker_password.`,
    });
    log.line(
      'error',
      `Error response from daemon: pull access denied for ${imageUrl}, repository does not exist or may require 'docker login'`,
      700,
    );
  } else {
    const { repository, tag } = splitReference(imageUrl);
    log.line('info', `${tag}: Pulling from ${repository}`, 300);
    for (let layer = 0; layer < 4; layer++) {
      log.line('info', `${hexOf(`${imageUrl}/${layer}`, 12)}: Pull complete`, 400 + layer * 250);
    }
    log.line('info', `Digest: sha256:${hexOf(imageUrl, 64)}`);
    log.line('info', `Status: Downloaded newer image for ${imageUrl}`);
  }
  if (errors.some((e) => e.field === 'image') || !portInRange || port === null) {
    log.line('error', 'Deployment failed: the container was not started');
    return { errors, logs: log.toString(), port: port ?? 0 };
  }

  log.line('info', `Creating container ${container} (exposed port ${port})`);
  log.line('info', `Starting container ${container}`, 250);
  if (imageUrl.includes('crash')) {
    log.raw('Traceback (most recent call last):');
    log.raw('  File "/app/main.py", line 7, in <module>');
    log.raw('    model = joblib.load("/app/model.pkl")');
    log.raw("FileNotFoundError: [Errno 2] No such file or directory: '/app/model.pkl'");
    log.line('error', `Container ${container} exited with code 1`, 1500);
    errors.push({
      field: 'health_endpoint',
      message:
        'The container exited with code 1 before answering GET /healthz. See the container logs.',
    });
    return { errors, logs: log.toString(), port };
  }
  log.raw('INFO:     Started server process [1]');
  log.raw('INFO:     Waiting for application startup.');
  log.raw('INFO:     Application startup complete.');
  log.raw(`INFO:     Uvicorn running on http://0.0.0.0:${TEMPLATE_PORT} (Press CTRL+C to quit)`);
  if (port !== TEMPLATE_PORT) {
    errors.push({
      field: 'exposed_port',
      message: `Nothing listens on port ${port}: the container's server listens on ${TEMPLATE_PORT}.`,
    });
    for (let attempt = 1; attempt <= 3; attempt++) {
      log.line(
        'warn',
        `Health check GET http://${container}:${port}/healthz failed: connection refused (attempt ${attempt}/3)`,
        5000,
      );
    }
    errors.push({
      field: 'health_endpoint',
      message: `The container never answered GET /healthz on port ${port}.`,
    });
    log.line('error', 'Deployment failed: the health check never succeeded');
    return { errors, logs: log.toString(), port };
  }
  if (imageUrl.includes('no-healthz')) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      log.raw(`INFO:     10.0.0.2:5${attempt}114 - "GET /healthz HTTP/1.1" 404 Not Found`);
      log.line(
        'warn',
        `Health check GET http://${container}:${port}/healthz answered 404 (attempt ${attempt}/3)`,
        5000,
      );
    }
    errors.push({
      field: 'health_endpoint',
      message: 'The container never answered GET /healthz with 200 (it answered 404 Not Found).',
    });
    log.line('error', 'Deployment failed: the health check never succeeded');
    return { errors, logs: log.toString(), port };
  }
  log.raw('INFO:     10.0.0.2:51114 - "GET /healthz HTTP/1.1" 200 OK');
  log.line('info', `Health check GET http://${container}:${port}/healthz answered 200`, 800);
  log.line('info', 'Deployment ready: the model is live');
  return { errors, logs: log.toString(), port };
}
