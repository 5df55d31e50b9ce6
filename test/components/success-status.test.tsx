// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isUnusualPort } from '../../src/components/shared/port-warning';
import { Skeleton } from '../../src/components/shared/skeleton';
import { SuccessStatus } from '../../src/components/shared/success-status';

afterEach(cleanup);

describe('SuccessStatus', () => {
  it('keeps an empty polite region in the page, then shows the message in it', () => {
    const { rerender } = render(<SuccessStatus message="" />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<SuccessStatus message="“loan-xgb-v4” is live." />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toContain('“loan-xgb-v4” is live.');
    expect(region.closest('.konan-visually-hidden')).toBeNull();
  });

  it('offers a dismiss button only with a label and a callback', () => {
    render(<SuccessStatus message="Done." onDismiss={() => undefined} dismissLabel="Dismiss" />);
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });
});

describe('Skeleton', () => {
  it('is one status named for what loads, its bars hidden from assistive technology', () => {
    render(<Skeleton label="Loading models…" rows={3} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Loading models…');
    expect(status.querySelectorAll('[aria-hidden="true"]')).toHaveLength(3);
  });
});

describe('isUnusualPort', () => {
  it('warns for every whole port from 1 to 1023 and never from 1024 on', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1023 }), (p) => isUnusualPort(String(p))));
    fc.assert(fc.property(fc.integer({ min: 1024, max: 65535 }), (p) => !isUnusualPort(` ${p} `)));
  });

  it('leaves text that is not a port to the validation', () => {
    for (const value of ['', 'eighty', '80.5', '-80', '0'])
      expect(isUnusualPort(value)).toBe(false);
  });
});
