// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { JsonBlock, JsonCell } from '../../src/components/predictions-table/json-cell';

afterEach(cleanup);

// In an Arabic page, "income: 42,200 · age: 70" must not be reordered by the page's direction:
// each entry is isolated and takes its own direction (an entry in Arabic stays right to left).
it('isolates each summary entry with its own direction, and JSON in full stays left to right', () => {
  const { container } = render(
    <div dir="rtl">
      <JsonCell
        summary={{ text: '', complete: false, parts: ['income: 42,200', 'age: 70', '+3 أخرى'] }}
      />
      <JsonBlock value={{ income: 42_200 }} />
    </div>,
  );
  const parts = [...container.querySelectorAll('.konan-predictions-table-part')];
  // The text is isolated; the entry itself (which draws the " · " before it) keeps the page's.
  expect(parts.map((part) => part.getAttribute('dir'))).toEqual([null, null, null]);
  expect(parts.map((part) => part.firstElementChild?.getAttribute('dir'))).toEqual([
    'auto',
    'auto',
    'auto',
  ]);
  expect(container.querySelector('pre')?.getAttribute('dir')).toBe('ltr');
});
