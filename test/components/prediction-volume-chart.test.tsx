// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type KonanVolumePoint,
  PredictionVolumeChart,
} from '../../src/components/prediction-volume-chart';
import { KonanUIProvider } from '../../src/components/shared';

afterEach(cleanup);
const DAY = 86_400_000;
const counts = [52, 61, 70, 58, 80, 112, 77, 60];
const week: KonanVolumePoint[] = counts.map((count, index) => ({
  aligned: new Date(Date.UTC(2026, 10, 24) + index * DAY),
  count,
  coverage: { value: index === 5 ? 0.41 : 0.5, exact: index !== 6, read: count },
}));
const show = (buckets: KonanVolumePoint[]) =>
  render(
    <KonanUIProvider locale="en-US">
      <PredictionVolumeChart buckets={buckets} unit="day" />
    </KonanUIProvider>,
  );

describe('PredictionVolumeChart', () => {
  it('summarises the window in one sentence', () => {
    show(week);
    const figure = screen.getByRole('figure', { name: 'Prediction volume' });
    const summary = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toMatch(
      /^Predictions per day, Nov 24 to Dec 1: 570 in all, peak 112 on Nov 29\./,
    );
  });

  it('says "at" an hour and "on" a day in the summary', () => {
    const hours = Array.from({ length: 6 }, (_, hour) => ({
      aligned: new Date(2026, 11, 1, 12 + hour),
      count: hour === 2 ? 40 : 10,
      coverage: null,
    }));
    render(
      <KonanUIProvider locale="en-US">
        <PredictionVolumeChart buckets={hours} unit="hour" />
      </KonanUIProvider>,
    );
    const figure = screen.getByRole('figure', { name: 'Prediction volume' });
    const summary = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toMatch(/, peak 40 at 2:00 PM\./);
  });

  it('is one tab stop whose arrow, Home and End keys move the tooltip between bars', async () => {
    const user = userEvent.setup();
    show(week);
    await user.tab(); // the "Show as table" toggle, then the plot
    await user.tab();
    const plot = screen.getByRole('group', { name: /Predictions per day, as bars/ });
    expect(document.activeElement).toBe(plot);
    expect(screen.getByText('Nov 24, 2026: 52 predictions, 50% with feedback')).toBeTruthy();
    for (let i = 0; i < 5; i++) await user.keyboard('{ArrowRight}');
    const tooltip = screen.getByText('Nov 29, 2026: 112 predictions, 41% with feedback');
    expect(plot.getAttribute('aria-activedescendant')).toBe(tooltip.id);
    await user.keyboard('{ArrowRight}');
    expect(
      screen.getByText(/Nov 30, 2026: 77 predictions, 50% with feedback \(estimated\)/),
    ).toBeTruthy();
    await user.keyboard('{End}{ArrowRight}');
    expect(screen.getByText(/Dec 1, 2026: 60 predictions/)).toBeTruthy();
    await user.keyboard('{Home}');
    expect(screen.getByText(/Nov 24, 2026: 52 predictions/)).toBeTruthy();
    await user.tab();
    expect(screen.queryByText(/Nov 24, 2026: 52 predictions/)).toBeNull();
  });

  it('shows the same numbers as a table', async () => {
    const user = userEvent.setup();
    show(week);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Prediction volume' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(
      week.map(
        (p, i) =>
          `${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(p.aligned)}${counts[i]}${
            i === 5 ? '41%' : '50%'
          }${i === 6 ? ' (estimated)' : ''}`,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Show as chart' }));
    expect(screen.getByRole('group', { name: /as bars/ })).toBeTruthy();
  });

  it('says which buckets are missing and leaves them out of the total', () => {
    show(
      week.map((p, i) =>
        i === 2 || i === 3 ? { ...p, count: undefined, coverage: undefined } : p,
      ),
    );
    expect(screen.getByText(/2 of 8 days could not be loaded/)).toBeTruthy();
    expect(screen.getByText(/442 in all/)).toBeTruthy();
  });

  it('draws thousands of buckets as one shape, not one bar each', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      aligned: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
      count: i % 50,
      coverage: null,
    }));
    const { container } = render(<PredictionVolumeChart buckets={many} unit="hour" />);
    expect(container.querySelectorAll('rect.konan-chart-bar')).toHaveLength(0);
    expect(container.querySelectorAll('path.konan-chart-bar')).toHaveLength(1);
  });
});

describe('PredictionVolumeChart while days are still loading', () => {
  // Three days in, five still on their way: what the connected chart shows mid-load.
  const arriving = week.map((point, index) => (index < 3 ? point : { ...point, count: undefined }));

  it('does not call the days still loading failed', () => {
    render(
      <KonanUIProvider locale="en-US">
        <PredictionVolumeChart buckets={arriving} unit="day" pending />
      </KonanUIProvider>,
    );
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('says which days failed once loading is over', () => {
    show(arriving);
    expect(screen.getByText(/5 of 8 days could not be loaded/)).toBeTruthy();
  });
});
