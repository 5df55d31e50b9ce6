import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ContainerLogViewer } from '../src/components/container-log-viewer';
import { Button } from '../src/components/shared';
import {
  crashLogs,
  generateLargeLog,
  hostileLogs,
  NEEDLE_COUNT,
  wrongPortLogs,
} from './fixtures/container-logs';
import { stubClipboard } from './support/clipboard';

const meta = {
  title: 'Components/ContainerLogViewer',
  component: ContainerLogViewer,
  args: { logs: crashLogs, height: 280 },
} satisfies Meta<typeof ContainerLogViewer>;
export default meta;
type Story = StoryObj<typeof meta>;

const renderedLines = (canvasElement: HTMLElement) =>
  canvasElement.querySelectorAll('.konan-container-log-viewer-line');

export const Colours: Story = {
  play: async ({ canvas }) => {
    const log = canvas.getByRole('region', { name: 'Container logs' });
    await expect(canvas.getByText('11 lines')).toBeVisible();
    await expect(log).toHaveTextContent("ModuleNotFoundError: No module named 'xgboost'");
    // The escape codes are gone; the coloured words remain.
    await expect(log.textContent).not.toContain('\u001b');
    await expect(within(log).getAllByText('ERROR')[0]).toBeVisible();
    // The log is reachable by keyboard so it can be scrolled.
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search the logs' }));
    // Search, then Follow, Copy, Download (Previous and Next are disabled), then the log.
    for (let i = 0; i < 4; i++) await userEvent.tab();
    await expect(log).toHaveFocus();
  },
};

export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole('searchbox', { name: 'Search the logs' });
    await userEvent.type(search, 'error');
    const status = canvas.getByText('1 of 3');
    await expect(status).toHaveAttribute('role', 'status');
    const current = () => canvasElement.querySelector('mark[data-current]');
    await expect(current()).toHaveTextContent(/^error$/i);
    await expect(current()?.closest('.konan-container-log-viewer-line')).toHaveTextContent(/^5/);

    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('2 of 3')).toBeVisible();
    await expect(current()?.closest('.konan-container-log-viewer-line')).toHaveTextContent(
      /^10ModuleNotFoundError/,
    );
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('1 of 3')).toBeVisible();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await expect(canvas.getByText('3 of 3')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Next match' }));
    await expect(canvas.getByText('1 of 3')).toBeVisible();
    // Every match is marked, the current one stands out.
    await expect(canvasElement.querySelectorAll('mark')).toHaveLength(3);

    await userEvent.clear(search);
    await userEvent.type(search, 'no such text');
    await expect(canvas.getByText('No matches')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next match' })).toBeDisabled();
  },
};

const writeText = fn(async (_text: string) => {});

export const Copy: Story = {
  args: { logs: wrongPortLogs },
  beforeEach: () => {
    writeText.mockClear();
    return stubClipboard({ writeText });
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await expect(await canvas.findByText('Logs copied to the clipboard.')).toBeVisible();
    await expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    // Plain text: the colour codes are not copied.
    await expect(copied).toContain('Uvicorn running on http://0.0.0.0:8080');
    await expect(copied).not.toContain('\u001b');
    await expect(copied.split('\n')).toHaveLength(7);
  },
};

export const CopyUnavailable: Story = {
  args: { logs: wrongPortLogs },
  beforeEach: () => stubClipboard(undefined),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await expect(await canvas.findByText(/Copying is not available in this browser/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download' })).toBeEnabled();
  },
};

export const Empty: Story = {
  args: { logs: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The container wrote no logs.')).toBeVisible();
    await expect(canvas.getByText('0 lines')).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Search the logs' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Copy' })).toBeDisabled();
  },
};

export const MarkupStaysText: Story = {
  args: { logs: hostileLogs },
  play: async ({ canvas }) => {
    const log = canvas.getByRole('region', { name: 'Container logs' });
    await expect(log).toHaveTextContent('<script>alert("xss")</script>');
    await expect(log).toHaveTextContent('<img src=x onerror="alert(1)"> & &amp; &lt;b&gt;');
    await expect(log).toHaveTextContent('cursor moves and a cleared screen, stripped');
    await expect(log).toHaveTextContent('a hyperlink, kept as plain text');
    await expect(log).toHaveTextContent('NUL and BEL and backspace dropped');
    await expect(log.querySelector('script, img, a')).toBeNull();
    await expect(log.textContent).not.toContain('window title');
    await expect(log.textContent).not.toContain('\u001b');
  },
};

export const LongLine: Story = {
  args: {
    logs: `short line\n${'0123456789'.repeat(2_000)}tail-marker\nlast line`,
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('… 10,011 more characters. Copy or download the logs to read them.'),
    ).toBeVisible();
    // Search still sees the whole line.
    await userEvent.type(canvas.getByRole('searchbox'), 'tail-marker');
    await expect(canvas.getByText('1 of 1')).toBeVisible();
  },
};

function GrowingLog() {
  const [lines, setLines] = useState(['Container started']);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div>
        <Button
          onClick={() =>
            setLines((all) => [
              ...all,
              ...Array.from({ length: 50 }, (_, i) => `request ${all.length + i} handled`),
            ])
          }
        >
          Append 50 lines
        </Button>
      </div>
      <ContainerLogViewer logs={lines.join('\n')} height={200} defaultFollow />
    </div>
  );
}

export const FollowTheEnd: Story = {
  render: () => <GrowingLog />,
  play: async ({ canvas }) => {
    const follow = canvas.getByRole('checkbox', { name: 'Follow the end' });
    await expect(follow).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Append 50 lines' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Append 50 lines' }));
    await waitFor(() => expect(canvas.getByText('request 100 handled')).toBeVisible());
    // Scrolling up stops following, so new lines do not pull the reader away.
    const log = canvas.getByRole('region', { name: 'Container logs' });
    log.scrollTop = 0;
    await waitFor(() => expect(follow).not.toBeChecked());
    await userEvent.click(canvas.getByRole('button', { name: 'Append 50 lines' }));
    await expect(canvas.getByText('Container started')).toBeVisible();
    await userEvent.click(follow);
    await waitFor(() => expect(canvas.getByText('request 150 handled')).toBeVisible());
  },
};

export const TenMegabyteLog: Story = {
  loaders: [async () => ({ logs: generateLargeLog() })],
  render: (args, { loaded }) => <ContainerLogViewer {...args} logs={loaded.logs as string} />,
  args: { height: 360 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('150,000 lines')).toBeVisible();
    // Only the visible lines (plus a few) are in the DOM.
    await expect(renderedLines(canvasElement).length).toBeLessThan(60);

    // Pasting searches once; typing would search 150,000 lines on every keystroke.
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search the logs' }));
    await userEvent.paste('needle');
    await expect(await canvas.findByText(`1 of ${NEEDLE_COUNT}`)).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText(`2 of ${NEEDLE_COUNT}`)).toBeVisible();
    await waitFor(() =>
      expect(canvasElement.querySelector('mark[data-current]')).toHaveTextContent('needle'),
    );
    const row = canvasElement.querySelector('mark[data-current]')?.closest('[data-index]');
    await expect(row?.getAttribute('data-index')).toBe('24999');
    await expect(renderedLines(canvasElement).length).toBeLessThan(60);

    await userEvent.click(canvas.getByRole('checkbox', { name: 'Follow the end' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-index="149999"]')).toHaveTextContent(/^150000/),
    );
  },
};

const manyLines = Array.from(
  { length: 400 },
  (_, i) => `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i + 1} handled`,
).join('\n');

const inView = (element: Element, box: DOMRect | { top: number; bottom: number }) => {
  const own = element.getBoundingClientRect();
  return own.top >= box.top - 1 && own.bottom <= box.bottom + 1;
};

/** `height="fill"`: the viewer takes its parent's height, the log the room the toolbar leaves. */
export const FillsItsParent: Story = {
  args: { logs: manyLines, height: 'fill', defaultFollow: true },
  render: (args) => (
    <div data-testid="parent" style={{ height: 420 }}>
      <ContainerLogViewer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const parent = canvas.getByTestId('parent').getBoundingClientRect();
    const log = canvas.getByRole('region', { name: 'Container logs' });
    // The log ends where the parent does, and follows the end: its last line is in sight.
    await waitFor(() => expect(log.getBoundingClientRect().bottom).toBeCloseTo(parent.bottom, 0));
    await waitFor(() => {
      const last = canvasElement.querySelector('[data-index="399"]');
      expect(last && inView(last, log.getBoundingClientRect())).toBe(true);
    });
  },
};

/** Turning "follow" on brings the last line into the page's view when the log reaches below it. */
export const FollowBelowTheFold: Story = {
  args: { logs: manyLines, height: 360 },
  render: (args) => (
    <div>
      <div style={{ height: '150vh' }} />
      <ContainerLogViewer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const follow = canvas.getByRole('checkbox', { name: 'Follow the end' });
    // The toolbar just in sight at the bottom of the page, the log below the fold.
    follow.scrollIntoView({ block: 'end' });
    await userEvent.click(follow);
    const page = { top: 0, bottom: window.innerHeight };
    await waitFor(() => {
      const last = canvasElement.querySelector('[data-index="399"]');
      expect(last && inView(last, page)).toBe(true);
    });
  },
};
