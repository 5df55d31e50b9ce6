import type { KonanJson } from '../../client/data-types.js';

export interface JsonSummaryOptions {
  /** Entries of an object (or items of an array) shown before "+N more". Default 3. */
  maxEntries?: number;
  /** Characters of a string shown before an ellipsis. Default 40. */
  maxText?: number;
  formatNumber?: (value: number) => string;
  /** The tail of a cut object or array, e.g. "+2 more". */
  more?: (hidden: number) => string;
}

export interface JsonSummary {
  /** One line, e.g. `income: 52,000 · age: 34 · +3 more`. */
  text: string;
  /** The entries of that line, e.g. `['income: 52,000', 'age: 34', '+3 more']`. */
  parts: string[];
  /** False when something was left out, so the full JSON is worth a look. */
  complete: boolean;
}

const defaults = {
  maxEntries: 3,
  maxText: 40,
  formatNumber: (value: number) => String(value),
  more: (hidden: number) => `+${hidden} more`,
};

/** A JSON value as a compact one-line summary: `key: value` pairs, nested values elided. */
export function summarizeJson(value: KonanJson, options: JsonSummaryOptions = {}): JsonSummary {
  const o = { ...defaults, ...options };
  let complete = true;
  const scalar = (item: KonanJson): string => {
    if (typeof item === 'string') {
      if (item.length <= o.maxText) return item;
      complete = false;
      return `${item.slice(0, o.maxText)}…`;
    }
    if (typeof item === 'number') return o.formatNumber(item);
    if (typeof item === 'boolean' || item === null) return String(item);
    if (Array.isArray(item) ? item.length === 0 : Object.keys(item).length === 0) {
      return Array.isArray(item) ? '[]' : '{}';
    }
    complete = false;
    return Array.isArray(item) ? '[…]' : '{…}';
  };
  const cut = (parts: string[], total: number) =>
    total > o.maxEntries ? [...parts, o.more(total - o.maxEntries)] : parts;

  if (Array.isArray(value)) {
    if (value.length === 0) return { text: '[]', parts: ['[]'], complete };
    if (value.length > o.maxEntries) complete = false;
    const parts = cut(value.slice(0, o.maxEntries).map(scalar), value.length);
    return { text: `[${parts.join(', ')}]`, parts: [`[${parts.join(', ')}]`], complete };
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return { text: '{}', parts: ['{}'], complete };
    if (entries.length > o.maxEntries) complete = false;
    const parts = cut(
      entries.slice(0, o.maxEntries).map(([key, item]) => `${key}: ${scalar(item)}`),
      entries.length,
    );
    return { text: parts.join(' · '), parts, complete };
  }
  const text = scalar(value);
  return { text, parts: [text], complete };
}
