import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  ConnectedDeploymentOverview,
  DeploymentOverview,
  type DeploymentOverviewItem,
} from '../src/components/deployment-overview';
import { inArabic, inMaxWidth, inWidth, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory } from './support/konan';
import { signedOutStory } from './support/signed-out-story';

/** A daily rhythm over 24 hours: quiet at night, busy in the afternoon. */
const rhythm = (peak: number) =>
  Array.from({ length: 24 }, (_, hour) =>
    Math.round(peak * (0.55 + 0.45 * Math.sin(((hour - 9) / 24) * 2 * Math.PI))),
  );
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const loan = rhythm(40);
const house = rhythm(18);

const items: DeploymentOverviewItem[] = [
  {
    uuid: 'd-loan',
    name: 'Loan approval',
    liveModel: 'loan-gbm-v3',
    hourly: loan,
    total: sum(loan),
    coverage: { value: 0.42, exact: true },
    metric: { name: 'f1_score', value: 0.78, previous: 0.86 },
  },
  {
    uuid: 'd-house',
    name: 'House prices',
    liveModel: 'house-lgbm-v2',
    hourly: house,
    total: sum(house),
    coverage: { value: 0.61, exact: false },
    metric: { name: 'rmse', value: 21_400, previous: 23_050 },
  },
  {
    uuid: 'd-churn',
    name: 'Churn forecast',
    liveModel: null,
    hourly: Array.from({ length: 24 }, () => 0),
    total: 0,
    coverage: null,
    metric: null,
  },
];

const many: DeploymentOverviewItem[] = Array.from({ length: 14 }, (_, index) => {
  const hourly = rhythm(5 + index * 3);
  return {
    uuid: `d-${index}`,
    name: `Deployment ${index + 1}${index === 4 ? ' with a long name that has to wrap on a phone' : ''}`,
    liveModel: index % 5 === 3 ? null : `model-v${index + 1}`,
    hourly,
    total: sum(hourly),
    coverage: { value: (index * 7) / 100, exact: true },
    metric: index % 4 === 0 ? null : { name: 'f1_score', value: 0.7 + index / 100, previous: 0.75 },
  };
});

const meta = {
  title: 'Components/DeploymentOverview',
  component: DeploymentOverview,
  args: { onSelectDeployment: fn(), onRetry: fn(), onCreate: fn() },
  decorators: [inMaxWidth(1040), withKonanUI()],
} satisfies Meta<typeof DeploymentOverview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  args: { deployments: items },
  play: async ({ args, canvas }) => {
    await expectCountBesideTitle(canvas);
    // The deployment without a live model is announced with its card's button, not by colour.
    const churn = canvas.getByRole('button', { name: 'Open Churn forecast' });
    await expect(churn).toHaveAccessibleDescription(/Not serving/);
    await expect(
      canvas.getByRole('button', { name: 'Open Loan approval' }),
    ).toHaveAccessibleDescription('Live model: loan-gbm-v3');
    await expect(
      canvas.getByRole('img', {
        name: `Predictions per hour over the last 24 hours, ${sum(loan).toLocaleString('en-US')} in all`,
      }),
    ).toBeVisible();
    // The trend is said in words: F1 fell from 86%, which is worse; RMSE fell, which is better.
    await expect(canvas.getByText(/down from 86% the day before, worse/)).toBeInTheDocument();
    await expect(canvas.getByText(/down from 23,050 the day before, better/)).toBeInTheDocument();
    await expect(canvas.getByText('42% with feedback')).toBeVisible();
    await expect(canvas.getByText('About 61% with feedback')).toBeVisible();
    // Keyboard: Tab passes "Create deployment" and reaches the first card's button; Enter opens it.
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Open Loan approval' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectDeployment).toHaveBeenCalledWith('d-loan');
    // Pointer: a click on the card opens it.
    await userEvent.click(churn);
    await expect(args.onSelectDeployment).toHaveBeenLastCalledWith('d-churn');
  },
};

export const Loading: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading deployments…');
  },
};

/** Each card fills in on its own: the list is there before the numbers. */
export const CardsLoading: Story = {
  args: { deployments: items.map(({ uuid, name }) => ({ uuid, name })) },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Checking the live model…')).toHaveLength(3);
    await expect(canvas.getAllByText('Evaluating…')).toHaveLength(3);
  },
};

export const Empty: Story = {
  args: { deployments: [] },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('No deployments yet')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    await expect(args.onCreate).toHaveBeenCalled();
  },
};

export const Failed: Story = errorAlertStory({
  error: {
    status: 503,
    method: 'GET',
    url: 'https://api.konan.ai/deployments/',
    serverMessage: 'Service unavailable.',
  },
  title: 'The deployments could not be loaded',
  retry: 'Retry',
});

export const SignedOut: Story = {
  args: { signedOut: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Log in to see your deployments.')).toBeVisible();
  },
};

export const ManyDeployments: Story = {
  args: { deployments: many },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(14);
    await expect(canvas.getAllByText('Not serving')).toHaveLength(3);
  },
};

/** The count sits beside the heading it counts, whatever else the header holds. */
async function expectCountBesideTitle(canvas: ReturnType<typeof within>, title = 'Overview') {
  const heading = canvas.getByRole('heading', { name: title });
  const count = heading.parentElement?.querySelector('.konan-badge') as Element;
  const words = document.createRange();
  words.selectNodeContents(heading);
  const gap = count.getBoundingClientRect().left - words.getBoundingClientRect().right;
  await expect(gap).toBeGreaterThanOrEqual(0);
  await expect(gap).toBeLessThanOrEqual(16);
}

/** A 390 px phone: one column of cards, nothing wider than the screen. */
export const Phone: Story = {
  // A longer title, as the dashboard example has: the create button wraps under it.
  args: { deployments: many.slice(0, 6), onCreate: fn(), labels: { title: 'Your deployments' } },
  decorators: [inWidth()],
  play: async ({ canvasElement }) => {
    await expectCountBesideTitle(within(canvasElement), 'Your deployments');
    const list = canvasElement.querySelector('.konan-overview-list');
    await expect(list).not.toBeNull();
    const edge = (list as Element).getBoundingClientRect().right;
    for (const card of canvasElement.querySelectorAll('.konan-overview-card')) {
      await expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(edge + 1);
    }
    await expect((list as Element).scrollWidth).toBeLessThanOrEqual(
      (list as Element).clientWidth + 1,
    );
  },
};

export const Arabic: Story = {
  args: { deployments: items },
  decorators: [inArabic],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'نظرة عامة' })).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'فتح Churn forecast' }),
    ).toHaveAccessibleDescription(/لا تعمل/);
  },
};

export const Dark: Story = {
  args: { deployments: items },
  decorators: [withKonanUI({ theme: 'dark' })],
};

/** Against the emulator: the list shows at once, each card loads its model, volume and metric. */
export const Connected: Story = {
  ...konanStory(),
  render: (args) => <ConnectedDeploymentOverview onSelectDeployment={args.onSelectDeployment} />,
  play: async ({ args, canvas }) => {
    const loan = await canvas.findByRole(
      'button',
      { name: 'Open Loan approval' },
      { timeout: 15_000 },
    );
    await expect(
      await canvas.findByRole(
        'img',
        { name: /Predictions per hour over the last 24 hours, .* in all/ },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await expect(
      await canvas.findByText(/^Live model: loan-gbm-v3$/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(
      await canvas.findByText('F1 score', { exact: false }, { timeout: 20_000 }),
    ).toBeVisible();
    // The deployment whose creation failed has no model: it is announced as not serving.
    await waitFor(
      () =>
        expect(
          canvas.getByRole('button', { name: 'Open Churn forecast' }),
        ).toHaveAccessibleDescription(/Not serving/),
      { timeout: 15_000 },
    );
    loan.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectDeployment).toHaveBeenCalled();
  },
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see your deployments.'),
  render: () => <ConnectedDeploymentOverview />,
};
