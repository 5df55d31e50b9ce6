const describe = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'number') return String(value);
  const name = (value as object).constructor?.name;
  return name ? `a ${name}` : 'a non-plain object';
};

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Where `value` stops being plain JSON, as a path like `input.rows[2].age` with what was found,
 * or `undefined` when it is JSON. `JSON.stringify` would silently drop or alter these values
 * (undefined, functions, NaN, Map, Date…) or throw (BigInt, cycles), sending the model something
 * other than what the caller meant.
 */
export function findNonJson(
  value: unknown,
  path: string,
  ancestors: Set<object> = new Set(),
): { path: string; found: string } | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { path, found: describe(value) };
    case 'object': {
      if (value === null) return undefined;
      if (ancestors.has(value)) return { path, found: 'a reference cycle' };
      if (!Array.isArray(value) && !isPlainObject(value)) return { path, found: describe(value) };
      ancestors.add(value);
      try {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const bad = findNonJson(value[i], `${path}[${i}]`, ancestors);
            if (bad) return bad;
          }
          return undefined;
        }
        for (const [key, child] of Object.entries(value)) {
          const bad = findNonJson(child, `${path}.${key}`, ancestors);
          if (bad) return bad;
        }
        return undefined;
      } finally {
        ancestors.delete(value);
      }
    }
    default:
      return { path, found: describe(value) };
  }
}
