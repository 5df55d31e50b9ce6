import { Fragment, useId, useMemo, useState } from 'react';
import type { KonanDriftLevel, KonanFeatureDrift } from '../../react/drift/drift-types.js';
import { Badge, type BadgeTone } from '../shared/badge.js';
import { BreakableName } from '../shared/breakable-name.js';
import { useFormatters } from '../shared/format.js';
import { type KonanHeadingLevel, subHeadingLevel } from '../shared/heading.js';
import { SortableHeader, type SortDirection } from '../shared/sortable-header.js';
import { binLabel, formatPsi, share } from './drift-format.js';
import { DriftHistogram } from './drift-histogram.js';
import type { FeatureDriftPanelLabels } from './feature-drift-panel-labels.js';

type SortKey = 'name' | 'psi';
interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const TONE: Record<KonanDriftLevel, BadgeTone> = {
  stable: 'success',
  moderate: 'warning',
  major: 'danger',
};

const ICON: Record<KonanDriftLevel, string> = { stable: '●', moderate: '▲', major: '◆' };

export function sortFeatures(features: readonly KonanFeatureDrift[], sort: Sort) {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...features].sort((a, b) => {
    const by =
      sort.key === 'psi'
        ? (Number.isFinite(a.psi) ? a.psi : -1) - (Number.isFinite(b.psi) ? b.psi : -1)
        : a.name.localeCompare(b.name);
    return sign * by || a.name.localeCompare(b.name);
  });
}

/** Features by drift: sortable by name or PSI, each row opening to its two histograms. */
export function DriftTable({
  features,
  headingLevel,
  labels: l,
}: {
  features: readonly KonanFeatureDrift[];
  headingLevel: KonanHeadingLevel;
  labels: FeatureDriftPanelLabels;
}) {
  const format = useFormatters();
  const id = useId();
  const [sort, setSort] = useState<Sort>({ key: 'psi', direction: 'descending' });
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => sortFeatures(features, sort), [features, sort]);
  const onSort = (key: SortKey) =>
    setSort((previous) =>
      previous.key === key
        ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'psi' ? 'descending' : 'ascending' },
    );
  const toggle = (name: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  const histogramLevel = subHeadingLevel(headingLevel);
  return (
    <div className="konan-drift-table-wrap">
      <table className="konan-drift-table">
        <caption className="konan-visually-hidden">{l.tableCaption}</caption>
        <thead>
          <tr>
            <SortableHeader
              label={l.columnFeature}
              direction={sort.key === 'name' ? sort.direction : undefined}
              onSort={() => onSort('name')}
            />
            <SortableHeader
              label={l.columnPsi}
              direction={sort.key === 'psi' ? sort.direction : undefined}
              onSort={() => onSort('psi')}
              numeric
            />
            <th scope="col">{l.columnDrift}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((feature, index) => {
            const expanded = open.has(feature.name);
            const detailId = `${id}-detail-${index}`;
            return (
              <Fragment key={feature.name}>
                <tr className="konan-drift-row" data-level={feature.level}>
                  <th scope="row">
                    <div className="konan-drift-feature">
                      <button
                        type="button"
                        className="konan-drift-expand"
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailId : undefined}
                        aria-label={
                          expanded ? l.hideHistograms(feature.name) : l.showHistograms(feature.name)
                        }
                        onClick={() => toggle(feature.name)}
                      >
                        <span className="konan-chevron" aria-hidden="true" />
                      </button>
                      <span className="konan-drift-name">
                        <bdi>
                          <BreakableName name={feature.name} />
                        </bdi>
                        <span className="konan-drift-type">
                          {feature.type === 'numeric' ? l.typeNumeric : l.typeCategorical}
                          {feature.source === 'output' ? ` · ${l.outputFeature}` : ''}
                        </span>
                      </span>
                    </div>
                  </th>
                  <td data-numeric="">{formatPsi(feature.psi, format)}</td>
                  <td>
                    <Badge tone={TONE[feature.level]}>
                      <span aria-hidden="true">{ICON[feature.level]} </span>
                      {l.levels[feature.level]}
                    </Badge>
                  </td>
                </tr>
                {expanded ? (
                  <tr className="konan-drift-detail-row">
                    <td colSpan={3} id={detailId}>
                      <FeatureHistograms
                        feature={feature}
                        headingLevel={histogramLevel}
                        labels={l}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const TICK: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
const SHORT = 10;

function FeatureHistograms({
  feature,
  headingLevel,
  labels: l,
}: {
  feature: KonanFeatureDrift;
  headingLevel: KonanHeadingLevel;
  labels: FeatureDriftPanelLabels;
}) {
  const format = useFormatters();
  const binLabels = feature.bins.map((bin) => binLabel(bin, format, l));
  const tickLabels = feature.bins.map((bin, i) => {
    if (bin.kind === 'range') return format.number(bin.x0, TICK);
    const text = binLabels[i] ?? '';
    return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
  });
  let maxShare = 0;
  for (const bin of feature.bins) {
    maxShare = Math.max(
      maxShare,
      share(bin.current, feature.currentTotal),
      share(bin.reference, feature.referenceTotal),
    );
  }
  const common = { feature: feature.name, bins: feature.bins, binLabels, tickLabels, maxShare };
  return (
    <div className="konan-drift-histograms">
      {(['current', 'reference'] as const).map((window) => (
        <DriftHistogram
          key={window}
          {...common}
          window={window}
          total={window === 'current' ? feature.currentTotal : feature.referenceTotal}
          headingLevel={headingLevel}
          labels={l}
        />
      ))}
    </div>
  );
}
