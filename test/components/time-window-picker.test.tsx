// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  lastWindow,
  presetWindow,
  TimeWindowPicker,
  useTimeWindow,
} from '../../src/components/time-window-picker';

afterEach(cleanup);

describe('useTimeWindow', () => {
  it('keeps the same window object until a different window is set', () => {
    const { result, rerender } = renderHook(() => useTimeWindow('24h'));
    const first = result.current[0];
    rerender();
    expect(result.current[0]).toBe(first);
    act(() => result.current[1](presetWindow('24h')));
    expect(result.current[0]).toBe(first);
    const other = lastWindow('7d');
    act(() => result.current[1](other));
    expect(result.current[0]).toBe(other);
    act(() => result.current[1]({ start: new Date(other.start), end: new Date(other.end) }));
    expect(result.current[0]).toBe(other);
  });

  it('starts with a relative preset that keeps ending now as the clock moves', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
      const { result } = renderHook(() => useTimeWindow('7d'));
      vi.setSystemTime(new Date('2026-03-10T12:30:00Z'));
      expect(result.current[0]).toMatchObject({ last: { days: 7 } });
      expect(result.current[0].end).toEqual(new Date('2026-03-10T12:30:00Z'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('TimeWindowPicker', () => {
  it('checks the preset of the value and reports a new preset window', () => {
    const onChange = vi.fn();
    render(<TimeWindowPicker timeWindow={lastWindow('7d')} onTimeWindowChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'Last 7 days' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    const window = onChange.mock.calls[0]?.[0];
    expect(window.last).toEqual({ days: 30 });
  });

  it('validates a custom range before applying it', () => {
    const onChange = vi.fn();
    render(<TimeWindowPicker timeWindow={lastWindow('7d')} onTimeWindowChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom range' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2025-03-05T00:00' } });
    fireEvent.change(to, { target: { value: '2025-03-01T00:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply range' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();
    fireEvent.change(to, { target: { value: '2025-03-09T00:00' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({
      start: new Date(2025, 2, 5),
      end: new Date(2025, 2, 9),
    });
  });
});
