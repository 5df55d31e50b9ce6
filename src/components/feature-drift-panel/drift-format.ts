import type { KonanDriftBin } from '../../react/drift/drift-types.js';
import type { KonanFormatters } from '../shared/format.js';
import type { FeatureDriftPanelLabels } from './feature-drift-panel-labels.js';

const EDGE: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const PSI: Intl.NumberFormatOptions = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

export function binLabel(
  bin: KonanDriftBin,
  format: KonanFormatters,
  labels: FeatureDriftPanelLabels,
): string {
  switch (bin.kind) {
    case 'range':
      return bin.x0 === bin.x1
        ? format.number(bin.x0, EDGE)
        : labels.binRange(format.number(bin.x0, EDGE), format.number(bin.x1, EDGE));
    case 'value':
      return bin.value;
    case 'other':
      return labels.binOther;
    case 'missing':
      return labels.binMissing;
  }
}

export function formatPsi(psi: number, format: KonanFormatters): string {
  return Number.isFinite(psi) ? format.number(psi, PSI) : '–';
}

/** A count's share of its window, 0 when the window is empty. */
export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}
