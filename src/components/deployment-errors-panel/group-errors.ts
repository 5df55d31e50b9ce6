import type { KonanDeploymentError } from '../../client/data-types.js';

export interface DeploymentErrorGroup {
  type: string;
  /** The server's messages for this type, without blanks or repeats. */
  messages: string[];
}

const KNOWN_ORDER = ['image', 'exposed_port', 'health_endpoint'];

/**
 * Group errors by type: known types first, in the order a deployment fails (pull, port, health),
 * then unknown types in the order they came. A missing type is grouped as "unknown".
 */
export function groupDeploymentErrors(
  errors: readonly KonanDeploymentError[],
): DeploymentErrorGroup[] {
  const groups = new Map<string, DeploymentErrorGroup>();
  for (const error of errors) {
    const type =
      typeof error?.type === 'string' && error.type.trim() ? error.type.trim() : 'unknown';
    let group = groups.get(type);
    if (!group) {
      group = { type, messages: [] };
      groups.set(type, group);
    }
    const message = typeof error?.message === 'string' ? error.message.trim() : '';
    if (message && !group.messages.includes(message)) group.messages.push(message);
  }
  const rank = (type: string) => {
    const index = KNOWN_ORDER.indexOf(type);
    return index === -1 ? KNOWN_ORDER.length : index;
  };
  // Array.prototype.sort is stable, so unknown types keep their order.
  return [...groups.values()].sort((a, b) => rank(a.type) - rank(b.type));
}
