import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanDeployment } from '../src/client/data-types';
import { KonanHttpError, KonanNetworkError } from '../src/client/errors';
import {
  ConnectedDeploymentsList,
  DeploymentsList,
  type DeploymentsListProps,
} from '../src/components/deployments-list';
import { konanStory } from './support/konan';
import { signedOutStory } from './support/signed-out-story';
import { useArgState } from './support/use-arg-state';

const deployments: KonanDeployment[] = [
  { uuid: 'd-1', name: 'Loan approval', createdAt: new Date('2025-03-08T10:00:00Z') },
  { uuid: 'd-2', name: 'House prices', createdAt: new Date('2025-02-11T16:30:00Z') },
  { uuid: 'd-3', name: 'Churn forecast', createdAt: new Date('2025-01-02T08:15:00Z') },
  {
    uuid: 'd-4',
    name: 'Prévision des ventes — magasins de la région Auvergne-Rhône-Alpes',
    createdAt: new Date('2024-12-19T12:00:00Z'),
  },
];

const topics = ['Churn', 'Fraud', 'Loan', 'Pricing', 'Demand', 'Credit', 'Retention', 'Routing'];
const kinds = ['forecast', 'scoring', 'classifier', 'ranking', 'detection'];
/** 200 deployments, newest first, as Konan lists them. */
const many: KonanDeployment[] = Array.from({ length: 200 }, (_, i) => ({
  uuid: `dep-${String(i).padStart(3, '0')}`,
  name: `${topics[i % topics.length]} ${kinds[i % kinds.length]} ${String(200 - i).padStart(3, '0')}`,
  createdAt: new Date(Date.UTC(2025, 2, 10) - i * 86_400_000),
}));

/** The list is controlled: the story keeps the selection, as an app would. */
function Controlled(props: DeploymentsListProps) {
  const [selected, select] = useArgState(props.selectedUuid, props.onSelect);
  return (
    <div style={{ maxWidth: 360 }}>
      <DeploymentsList {...props} selectedUuid={selected} onSelect={select} />
    </div>
  );
}

const meta = {
  title: 'Components/DeploymentsList',
  component: DeploymentsList,
  args: { deployments, onSelect: fn(), onCreate: fn(), onRetry: fn() },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof DeploymentsList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  args: { deployments: undefined, pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading deployments…')).toBeVisible();
  },
};

export const Success: Story = {
  play: async ({ args, canvas }) => {
    const list = canvas.getByRole('list', { name: 'Deployments' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const loan = canvas.getByRole('button', { name: /Loan approval/ });
    await expect(loan).toHaveTextContent(/Created Mar 8, 2025|Created/);
    await expect(loan).not.toHaveAttribute('aria-current');
    await userEvent.click(loan);
    await expect(args.onSelect).toHaveBeenCalledWith('d-1');
    await expect(loan).toHaveAttribute('aria-current', 'true');
    // Few deployments: no search box.
    await expect(canvas.queryByRole('searchbox')).not.toBeInTheDocument();
  },
};

export const Selected: Story = {
  args: { selectedUuid: 'd-2' },
  play: async ({ args, canvas }) => {
    const houses = canvas.getByRole('button', { name: /House prices/ });
    await expect(houses).toHaveAttribute('aria-current', 'true');
    // The selected deployment is the list's one tab stop; arrows move, Enter selects.
    await userEvent.tab();
    await userEvent.tab();
    await expect(houses).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /Churn forecast/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: /Prévision des ventes/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /Loan approval/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('d-1');
    await expect(canvas.getByRole('button', { name: /Loan approval/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  },
};

export const Empty: Story = {
  args: { deployments: [] },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('No deployments yet')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    await expect(args.onCreate).toHaveBeenCalledOnce();
  },
};

export const ServerError: Story = {
  args: {
    deployments: undefined,
    error: new KonanNetworkError('Konan could not be reached: check the connection.'),
  },
  play: async ({ args, canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('The deployments could not be loaded');
    await expect(alert).toHaveTextContent('Konan could not be reached');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const SignedOut: Story = {
  args: { deployments: undefined, signedOut: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Log in to see your deployments.')).toBeVisible();
  },
};

/** Placed under a page's h2: the list's heading is an h3; `className` joins the root's. */
export const HeadingLevel: Story = {
  args: { headingLevel: 3, className: 'story-deployments' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Deployments' })).toBeVisible();
    await expect(
      canvasElement.querySelector('.konan.konan-deployments-list.story-deployments'),
    ).not.toBeNull();
  },
};

export const Many: Story = {
  args: { deployments: many, selectedUuid: 'dep-005' },
  play: async ({ args, canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(200);
    await expect(canvas.getByText('200')).toBeVisible();
    const search = canvas.getByRole('searchbox', { name: 'Search deployments' });
    await userEvent.type(search, 'fraud 19');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
    await expect(canvas.getByText('3 of 200 deployments')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /Fraud scoring 199/ }));
    await expect(args.onSelect).toHaveBeenCalledWith('dep-001');
    await userEvent.clear(search);
    await userEvent.type(search, 'quantum');
    await expect(canvas.getByText('No deployment matches “quantum”.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(search).toHaveValue('');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(200);
  },
};

/** Deletes after a delay; `refuse` makes "the server" answer 409. */
function Deleting(props: DeploymentsListProps & { refuse?: boolean }) {
  const { refuse = false, ...list } = props;
  const [items, setItems] = useState(deployments);
  const [selected, setSelected] = useState(list.selectedUuid);
  const [deleting, setDeleting] = useState<string>();
  const [error, setError] = useState<unknown>();
  return (
    <div style={{ maxWidth: 360 }}>
      <DeploymentsList
        {...list}
        deployments={items}
        selectedUuid={selected}
        onSelect={(uuid) => {
          setSelected(uuid);
          list.onSelect(uuid);
        }}
        deletingUuid={deleting}
        deleteError={error}
        onDelete={(uuid) => {
          list.onDelete?.(uuid);
          setDeleting(uuid);
          setError(undefined);
          setTimeout(() => {
            setDeleting(undefined);
            if (refuse) {
              setError(
                new KonanHttpError({
                  status: 409,
                  serverMessage: 'The deployment is being updated; try again in a minute.',
                  method: 'DELETE',
                  url: `https://api.konan.ai/deployments/${uuid}/`,
                }),
              );
              return;
            }
            setItems((current) => current.filter((d) => d.uuid !== uuid));
            setSelected(undefined);
          }, 1500);
        }}
      />
    </div>
  );
}

export const DeleteWithConfirmation: Story = {
  args: { selectedUuid: 'd-3', onDelete: fn() },
  render: (args) => <Deleting {...args} />,
  play: async ({ args, canvas }) => {
    // Only the selected deployment offers deletion.
    await expect(canvas.getAllByRole('button', { name: /^Delete deployment/ })).toHaveLength(1);
    const remove = canvas.getByRole('button', { name: 'Delete deployment Churn forecast' });
    await userEvent.click(remove);
    const dialog = await canvas.findByRole('dialog', {
      name: 'Delete the deployment “Churn forecast”?',
    });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeVisible());
    await expect(args.onDelete).not.toHaveBeenCalled();
    await userEvent.click(remove);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete deployment' }));
    await expect(args.onDelete).toHaveBeenCalledWith('d-3');
    await expect(canvas.getByText('Deleting…')).toBeVisible();
    await expect(
      await canvas.findByText('“Churn forecast” was deleted.', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: /Churn forecast/ })).not.toBeInTheDocument();
    // The focus stays in the list.
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: /Loan approval/ })).toHaveFocus(),
    );
  },
};

export const DeleteFailed: Story = {
  args: { selectedUuid: 'd-2', onDelete: fn() },
  render: (args) => <Deleting {...args} refuse />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete deployment House prices' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete deployment' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent('“House prices” was not deleted');
    await expect(alert).toHaveTextContent('The deployment is being updated');
    await expect(canvas.getByRole('button', { name: /^House prices/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  },
};

function ConnectedControlled({ allowDelete = false }: { allowDelete?: boolean }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div style={{ maxWidth: 360 }}>
      <ConnectedDeploymentsList
        selectedUuid={selected}
        onSelect={setSelected}
        allowDelete={allowDelete}
        onDeleted={() => setSelected(null)}
      />
    </div>
  );
}

export const Connected: Story = {
  ...konanStory(),
  render: () => <ConnectedControlled allowDelete />,
  play: async ({ canvas }) => {
    const loan = await canvas.findByRole('button', { name: /Loan approval/ }, { timeout: 10_000 });
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(loan);
    await expect(loan).toHaveAttribute('aria-current', 'true');
    await userEvent.click(canvas.getByRole('button', { name: /^Churn forecast/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete deployment Churn forecast' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete deployment' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(2), {
      timeout: 10_000,
    });
  },
};

export const ConnectedLoadError: Story = {
  ...konanStory({
    faults: [
      {
        method: 'GET',
        path: /\/deployments\/$/,
        status: 403,
        body: { detail: 'This API key cannot list deployments.' },
        times: 1,
      },
    ],
  }),
  render: () => <ConnectedControlled />,
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('This API key cannot list deployments.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(
      await canvas.findByRole('button', { name: /House prices/ }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see your deployments.'),
  render: () => <ConnectedControlled />,
};
