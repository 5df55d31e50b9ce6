import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BenchSection, type Figure, meets, peerRatioOf, ratioOf } from './figures';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return 'n/a';
  if (unit === 'ms' || unit === 'MB') return `${decimal.format(value)} ${unit}`;
  return integer.format(value);
}

function formatRatio(ratio: number | null): string {
  if (ratio === null) return 'n/a';
  if (ratio === 0) return '0×';
  return `${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}×`;
}

function formatTarget(figure: Figure): string {
  if (!figure.target) return '';
  const bound = formatValue(
    'max' in figure.target ? figure.target.max : figure.target.equals,
    figure.unit,
  );
  return 'max' in figure.target ? `≤ ${bound}` : `= ${bound}`;
}

const headers = [
  'Benchmark',
  'Figure',
  'konan-react',
  'Baseline',
  'Ratio',
  'Peer',
  'Ratio to peer',
  'Target',
  'Met',
  'konan-react runs',
];

/** Columns of numbers, right-aligned. */
const numeric = (column: number) => column >= 2 && column <= 6;

/** Every run's value, so the spread (and any disturbance from other load) shows. */
function formatRuns(figure: Figure): string {
  const samples = figure.samples ?? [];
  if (samples.length < 2 || samples.every((v) => v === samples[0])) return '';
  const known = samples.filter((v): v is number => v !== null);
  return `${formatValue(Math.min(...known), figure.unit)} to ${formatValue(Math.max(...known), figure.unit)}`;
}

/** The rows of the one results table, as text cells. */
export function tableRows(sections: readonly BenchSection[]): string[][] {
  const rows: string[][] = [];
  for (const section of sections) {
    section.figures.forEach((figure, i) => {
      const met = meets(figure);
      rows.push([
        i === 0 ? section.bench : '',
        figure.metric,
        formatValue(figure.value, figure.unit),
        formatValue(figure.baseline, figure.unit),
        formatRatio(ratioOf(figure)),
        figure.peer === undefined ? '' : formatValue(figure.peer, figure.unit),
        figure.peer === undefined ? '' : formatRatio(peerRatioOf(figure)),
        formatTarget(figure),
        met === undefined ? '' : met ? 'yes' : 'NO',
        formatRuns(figure),
      ]);
    });
  }
  return rows;
}

/** A plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(sections: readonly BenchSection[]): string {
  const rows = [headers, ...tableRows(sections)];
  const widths = headers.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (numeric(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(headers), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for the README. */
export function formatMarkdown(sections: readonly BenchSection[]): string {
  const rows = tableRows(sections);
  const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map((_, c) => (numeric(c) ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

export function formatBaselines(sections: readonly BenchSection[]): string {
  return sections
    .map(
      (section) =>
        `- ${section.bench}: ${section.baseline}${section.peer ? `\n  Peer: ${section.peer}` : ''}`,
    )
    .join('\n');
}

/** Figures slower than their peer (konan-react ÷ peer above 1). */
export function slowerThanPeer(sections: readonly BenchSection[]): Figure[] {
  return sections.flatMap((section) =>
    section.figures.filter((figure) => (peerRatioOf(figure) ?? 0) > 1),
  );
}

export async function writeJson(path: string, data: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

export function withRatios(sections: readonly BenchSection[]) {
  return sections.map((section) => ({
    ...section,
    figures: section.figures.map((figure) => ({
      ...figure,
      ratio: ratioOf(figure),
      ...(figure.peer !== undefined && { ratioToPeer: peerRatioOf(figure) }),
      met: meets(figure),
    })),
  }));
}
