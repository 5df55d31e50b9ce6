import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KonanMetric } from '../../src/client/data-types';
import {
  HEAT_LEVELS,
  HEAT_MIX_PERCENT,
  heatBackground,
  heatLevel,
} from '../../src/components/metrics-panel/heatmap';
import {
  describeCustomValue,
  formatScalar,
  groupMetrics,
  isShareMetric,
  matrixView,
  readableMetricName,
} from '../../src/components/metrics-panel/metrics';
import { createFormatters } from '../../src/components/shared/format';

const format = createFormatters('en-US');

describe('groupMetrics', () => {
  it('orders the classification scores and keeps only the groups present', () => {
    const metrics: KonanMetric[] = [
      { kind: 'scalar', name: 'f1_score', value: 0.8 },
      { kind: 'custom', name: 'auc', value: 0.9 },
      { kind: 'scalar', name: 'precision', value: 0.7 },
      { kind: 'matrix', name: 'confusion_matrix', value: { matrix: [[1]] } },
      { kind: 'scalar', name: 'recall', value: 0.6 },
    ];
    const grouped = groupMetrics(metrics);
    expect(grouped.classification.map((m) => m.name)).toEqual(['precision', 'recall', 'f1_score']);
    expect(grouped.regression).toEqual([]);
    expect(grouped.matrices).toHaveLength(1);
    expect(grouped.custom.map((m) => m.name)).toEqual(['auc']);
  });

  it('puts RMSE before MAE', () => {
    const grouped = groupMetrics([
      { kind: 'scalar', name: 'mae', value: 2 },
      { kind: 'scalar', name: 'rmse', value: 3 },
    ]);
    expect(grouped.regression.map((m) => m.name)).toEqual(['rmse', 'mae']);
    expect(grouped.classification).toEqual([]);
  });

  it('shows a predefined scalar without a card among the custom metrics', () => {
    const grouped = groupMetrics([
      { kind: 'scalar', name: 'multi_label_confusion_matrix', value: 3 },
    ]);
    expect(grouped.custom).toEqual([
      { kind: 'custom', name: 'multi_label_confusion_matrix', value: 3 },
    ]);
  });
});

describe('formatScalar', () => {
  it('shows scores as percentages and errors as numbers', () => {
    expect(formatScalar('precision', 0.8734, format)).toBe('87.3%');
    expect(formatScalar('f1_score', 1, format)).toBe('100%');
    expect(formatScalar('rmse', 1834.27, format)).toBe('1,834');
    expect(formatScalar('rmse', 183.427, format)).toBe('183.4');
    expect(formatScalar('mae', 0.123456, format)).toBe('0.1235');
    expect(formatScalar('mae', 12.34567, format)).toBe('12.346');
    expect(formatScalar('rmse', 4, format)).toBe('4');
  });

  it('does not turn a score on another scale into thousands of percent', () => {
    expect(formatScalar('precision', 87.3, format)).toBe('87.3');
    expect(formatScalar('recall', Number.NaN, format)).toBe('NaN');
  });
});

describe('describeCustomValue', () => {
  it('formats numbers, keeps strings, and shows the rest as JSON', () => {
    expect(describeCustomValue(0.5, format)).toEqual({ kind: 'number', text: '0.5' });
    expect(describeCustomValue('<b>hi</b>', format)).toEqual({ kind: 'text', text: '<b>hi</b>' });
    expect(describeCustomValue(null, format)).toEqual({ kind: 'text', text: 'null' });
    expect(describeCustomValue({ a: [1] }, format)).toEqual({
      kind: 'json',
      text: '{\n  "a": [\n    1\n  ]\n}',
    });
  });
});

describe('custom metrics as people read them', () => {
  it('shows shares (rates, ratios, coverage, accuracy in [0, 1]) as percentages, not fractions', () => {
    expect(describeCustomValue(0.5841, format, 'approval_rate').text).toBe('58.4%');
    expect(describeCustomValue(0.62, format, 'feedback_coverage').text).toBe('62%');
    expect(describeCustomValue(0.884, format, 'accuracy').text).toBe('88.4%');
    // A count, a latency or a share-named value out of [0, 1] stays a number.
    expect(describeCustomValue(1284, format, 'evaluated_predictions').text).toBe('1,284');
    expect(describeCustomValue(0.42, format, 'mean_latency_s').text).toBe('0.42');
    expect(describeCustomValue(1.7, format, 'error_rate').text).toBe('1.7');
    expect(describeCustomValue(1, format, 'accuracy').text).toBe('100%');
    expect(isShareMetric('rated_items', 0.5)).toBe(false); // "rate" must be a word
  });

  it('turns wire names into words', () => {
    expect(readableMetricName('approval_rate')).toBe('Approval rate');
    expect(readableMetricName('per-segment__accuracy')).toBe('Per segment accuracy');
    expect(readableMetricName('___')).toBe('___');
  });
});

describe('matrixView', () => {
  const fallback = (i: number) => `class ${i}`;

  it('totals rows, columns and the diagonal', () => {
    const view = matrixView(
      {
        labels: ['yes', 'no'],
        matrix: [
          [5, 1],
          [2, 8],
        ],
      },
      fallback,
    );
    expect(view.rowLabels).toEqual(['yes', 'no']);
    expect(view.rowTotals).toEqual([6, 10]);
    expect(view.columnTotals).toEqual([7, 9]);
    expect(view).toMatchObject({ total: 16, max: 8, correct: 13 });
  });

  it('survives ragged rows, missing labels and non-numbers', () => {
    const view = matrixView(
      { labels: ['a'], matrix: [[1, 2, 3], [4], [Number.NaN, 5]] as number[][] },
      fallback,
    );
    expect(view.columnLabels).toEqual(['a', 'class 1', 'class 2']);
    expect(view.cells).toEqual([
      [1, 2, 3],
      [4, null, null],
      [null, 5, null],
    ]);
    expect(view.total).toBe(15);
    expect(view.correct).toBe(1);
  });

  it('has no diagonal share for a non-square matrix, and copes with an empty one', () => {
    expect(matrixView({ matrix: [[1, 2]] }, fallback).correct).toBeUndefined();
    expect(matrixView({ matrix: [] }, fallback)).toMatchObject({ total: 0, max: 0, cells: [] });
  });
});

describe('heatLevel', () => {
  it('is 0 for nothing and scales to the max', () => {
    expect(heatLevel(0, 100)).toBe(0);
    expect(heatLevel(null, 100)).toBe(0);
    expect(heatLevel(5, 0)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(50, 100)).toBe(3);
    expect(heatLevel(100, 100)).toBe(HEAT_LEVELS);
    expect(heatLevel(500, 100)).toBe(HEAT_LEVELS);
  });

  it('mixes the accent into the background through the tokens', () => {
    expect(heatBackground(0)).toBe('color-mix(in srgb, var(--konan-accent) 0%, var(--konan-bg))');
    expect(heatBackground(99)).toContain(`${HEAT_MIX_PERCENT[HEAT_LEVELS]}%`);
  });
});

/** WCAG 2 contrast of the cell text on every level of the scale, with the shipped tokens. */
describe('heatmap contrast', () => {
  const css = readFileSync(
    resolve(import.meta.dirname, '../../src/components/shared/base.css'),
    'utf8',
  );
  const tokens = css.slice(css.indexOf('.konan {\n'), css.indexOf('}', css.indexOf('.konan {\n')));
  /** A colour token's value in one scheme: `light-dark(light, dark)`, or one colour for both. */
  const token = (scheme: 'light' | 'dark', name: string) => {
    const match = new RegExp(
      `--konan-${name}:\\s*(?:light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)|(#[0-9a-f]{6}))`,
      'i',
    ).exec(tokens);
    const value = match?.[3] ?? (scheme === 'light' ? match?.[1] : match?.[2]);
    if (!value) throw new Error(`token ${name} not found`);
    return value;
  };
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const luminance = (c: number[]) => {
    const [r = 0, g = 0, b = 0] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  };
  const mix = (a: number[], b: number[], p: number) =>
    a.map((v, i) => Math.round(v * p + (b[i] ?? 0) * (1 - p)));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps 4.5:1 at every level in the ${scheme} theme`, () => {
      const accent = rgb(token(scheme, 'accent'));
      const bg = rgb(token(scheme, 'bg'));
      const text = rgb(token(scheme, 'text'));
      for (const percent of HEAT_MIX_PERCENT) {
        expect(contrast(mix(accent, bg, percent / 100), text)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
