import type { KonanJson, KonanPrediction } from '../../client/data-types.js';
import type { KonanDriftWindow } from './drift-types.js';

/** The values one window holds for one feature: numbers apart, everything else as text. */
export interface WindowValues {
  numbers: number[];
  texts: string[];
}

export interface FeatureValues {
  source: 'feature' | 'output';
  current: WindowValues;
  reference: WindowValues;
  /** Smallest and largest number seen in either window (the shared bins' domain). */
  min: number;
  max: number;
}

const emptyWindow = (): WindowValues => ({ numbers: [], texts: [] });

/**
 * The feature values of the predictions read so far, per window. Features are the keys of each
 * prediction's `features` object; the output is a feature too (`output`, or `output.<key>` for
 * each key of an object output). A key a prediction lacks, or `null`, counts as missing.
 */
export class DriftSample {
  readonly features = new Map<string, FeatureValues>();
  readonly totals: Record<KonanDriftWindow, number> = { current: 0, reference: 0 };

  add(window: KonanDriftWindow, predictions: readonly KonanPrediction[]): void {
    for (const prediction of predictions) {
      this.totals[window] += 1;
      const { features, output } = prediction;
      if (isObject(features)) {
        for (const key of Object.keys(features)) {
          this.value(window, key, 'feature', features[key]);
        }
      }
      if (isObject(output)) {
        for (const key of Object.keys(output)) {
          this.value(window, `output.${key}`, 'output', output[key]);
        }
      } else {
        this.value(window, 'output', 'output', output);
      }
    }
  }

  private value(
    window: KonanDriftWindow,
    name: string,
    source: FeatureValues['source'],
    value: KonanJson | undefined,
  ): void {
    if (value === null || value === undefined) return;
    let feature = this.features.get(name);
    if (!feature) {
      feature = {
        source,
        current: emptyWindow(),
        reference: emptyWindow(),
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
      };
      this.features.set(name, feature);
    }
    const values = feature[window];
    if (typeof value === 'number') {
      values.numbers.push(value);
      if (value < feature.min) feature.min = value;
      if (value > feature.max) feature.max = value;
    } else if (typeof value === 'string') {
      values.texts.push(value);
    } else {
      values.texts.push(typeof value === 'boolean' ? String(value) : JSON.stringify(value));
    }
  }
}

function isObject(value: KonanJson | undefined): value is { [key: string]: KonanJson } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
