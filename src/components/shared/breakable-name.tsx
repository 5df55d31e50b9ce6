import { Fragment } from 'react';

/**
 * A machine name (`employment_years`, `output.label`) that may wrap only after its `_` and `.`
 * separators, never inside a word: a `<wbr>` after each one. Rendered as text.
 */
export function BreakableName({ name }: { name: string }) {
  const parts = name.split(/(?<=[_.])/);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order.
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
