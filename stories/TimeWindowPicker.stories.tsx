import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fireEvent, fn, userEvent } from 'storybook/test';
import type { KonanTimeWindowInput } from '../src/client/data-types';
import { lastWindow, TimeWindowPicker } from '../src/components/time-window-picker';
import { resolveTimeWindow } from '../src/react/query/resolve-time-window';
import { inWidth, withKonanUI } from './support/decorators';
import { expectSegmentRowsFill } from './support/segmented';

const now = new Date(2025, 2, 10, 12, 0);

const meta = {
  title: 'Components/TimeWindowPicker',
  component: TimeWindowPicker,
  args: { timeWindow: lastWindow('7d', now), onTimeWindowChange: fn() },
  // Controlled: the story keeps the window in state, as an app would with `useTimeWindow`.
  render: function Render(args) {
    const [value, setValue] = useState<KonanTimeWindowInput>(args.timeWindow);
    return (
      <TimeWindowPicker
        {...args}
        timeWindow={value}
        onTimeWindowChange={(timeWindow) => {
          setValue(timeWindow);
          args.onTimeWindowChange(timeWindow);
        }}
      />
    );
  },
} satisfies Meta<typeof TimeWindowPicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Presets: Story = {
  play: async ({ args, canvas }) => {
    const week = canvas.getByRole('radio', { name: 'Last 7 days' });
    await expect(week).toBeChecked();
    // Arrow keys move through the presets, as in any radio group.
    week.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
    const window = (args.onTimeWindowChange as ReturnType<typeof fn>).mock.calls.at(-1)?.[0];
    const resolved = resolveTimeWindow(window);
    await expect(resolved.end.getTime() - resolved.start.getTime()).toBe(30 * 86_400_000);
  },
};

export const CustomRange: Story = {
  args: { timeWindow: { start: new Date(2025, 2, 1, 9, 0), end: new Date(2025, 2, 4, 18, 0) } },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('radio', { name: 'Custom range' })).toBeChecked();
    const to = canvas.getByLabelText('To');
    await expect(to).toHaveValue('2025-03-04T18:00');
    fireEvent.change(to, { target: { value: '2025-03-06T18:00' } });
    await userEvent.click(canvas.getByRole('button', { name: 'Apply range' }));
    await expect(args.onTimeWindowChange).toHaveBeenCalledWith({
      start: new Date(2025, 2, 1, 9, 0),
      end: new Date(2025, 2, 6, 18, 0),
    });
  },
};

export const ValidationError: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Custom range' }));
    const from = canvas.getByLabelText('From');
    const to = canvas.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2025-03-08T00:00' } });
    fireEvent.change(to, { target: { value: '2025-03-02T00:00' } });
    await userEvent.click(canvas.getByRole('button', { name: 'Apply range' }));
    await expect(to).toHaveAccessibleDescription('The end must be after the start.');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(from, { target: { value: '' } });
    await userEvent.click(canvas.getByRole('button', { name: 'Apply range' }));
    await expect(from).toHaveAccessibleDescription('Enter the start date and time.');
    await expect(args.onTimeWindowChange).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { disabled: true } };

/**
 * Dark components on a light page (an app that themes only Konan's parts): the picker paints its
 * own background, as every component does, so its labels stay readable (axe checks contrast).
 */
export const DarkOnALightPage: Story = {
  decorators: [
    withKonanUI({ theme: 'dark' }),
    (Story) => (
      <div style={{ background: '#ffffff', colorScheme: 'light', padding: 16 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Time window' })).toBeVisible();
  },
};

/**
 * In a column as narrow as a phone's the choices take two rows; each row fills the group's width
 * (no empty gap beside a lone "Custom range") and the second row has a divider above it.
 */
export const OnAPhone: Story = {
  decorators: [inWidth()],
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('.konan-segmented');
    if (!group) throw new Error('no choices');
    await expect(await expectSegmentRowsFill(group)).toBe(2);
  },
};
