import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanModel, KonanModelCreationRequest } from '../src/client/data-types';
import { KonanHttpError, KonanNetworkError } from '../src/client/errors';
import {
  ConnectedModelsPanel,
  ModelsPanel,
  type ModelsPanelProps,
} from '../src/components/models-panel';
import { KonanUIProvider } from '../src/components/shared';
import { expectHeadersOverValues } from './support/column-alignment';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';
import { signedOutStory } from './support/signed-out-story';

const day = (iso: string) => new Date(`${iso}T09:30:00Z`);

const models: KonanModel[] = [
  { uuid: 'm-1', name: 'fraud-logreg-v1', state: 'disabled', createdAt: day('2024-11-02') },
  { uuid: 'm-2', name: 'fraud-gbm-v3', state: 'live', createdAt: day('2025-01-14') },
  { uuid: 'm-3', name: 'fraud-xgb-v4', state: 'challenger', createdAt: day('2025-02-20') },
  { uuid: 'm-4', name: 'fraud-catboost-v5', state: 'challenger', createdAt: day('2025-03-03') },
  { uuid: 'm-5', name: 'fraud-shadow-v6', state: 'shadow', createdAt: day('2025-03-08') },
];

const meta = {
  title: 'Components/ModelsPanel',
  component: ModelsPanel,
  args: {
    models,
    onRetry: fn(),
    onPromote: fn(),
    onMove: fn(),
    onDelete: fn(),
    onCreate: fn(),
    onDismissActionError: fn(),
  },
} satisfies Meta<typeof ModelsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  args: { models: undefined, pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading models…')).toBeVisible();
  },
};

export const Success: Story = {
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Models' });
    await expect(within(table).getAllByRole('row')).toHaveLength(models.length + 1);
    await expectHeadersOverValues(table);
    // The live model offers no action, and says how it is retired.
    const live = canvas.getByRole('row', { name: /fraud-gbm-v3/ });
    await expect(within(live).queryAllByRole('button')).toHaveLength(0);
    await expect(live).toHaveTextContent('To retire the live model, promote a challenger.');
    await expect(within(live).getByText('Live')).toBeVisible();
    // An unknown state is shown as reported.
    await expect(canvas.getByText('Other: shadow')).toBeVisible();
    const challenger = canvas.getByRole('row', { name: /fraud-xgb-v4/ });
    await expect(
      within(challenger)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Promote to live: fraud-xgb-v4', 'Disable: fraud-xgb-v4', 'Delete: fraud-xgb-v4']);
    const disabled = canvas.getByRole('row', { name: /fraud-logreg-v1/ });
    await expect(
      within(disabled)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Make challenger: fraud-logreg-v1', 'Delete: fraud-logreg-v1']);
  },
};

/** No model at all: the deployment cannot serve, and the panel says what to do. */
export const Empty: Story = {
  args: { models: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No models in this deployment')).toBeVisible();
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Add challenger model' })).toBeVisible();
    await expect(canvas.getByText('Not serving: this deployment has no live model')).toBeVisible();
    await expect(canvasElement).toHaveTextContent(/Add a model and promote it to live/);
    // There is no live model to compare with.
    await expect(canvasElement).not.toHaveTextContent(/with the live one/);
  },
};

/** Models, but none live (e.g. the live one's container never started): promote one. */
export const NotServing: Story = {
  args: {
    models: models.map((m) => (m.state === 'live' ? { ...m, state: 'disabled' } : m)),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Not serving: this deployment has no live model')).toBeVisible();
    await expect(canvasElement).toHaveTextContent(/Promote one of the models below to live/);
    await expect(canvas.queryByText('Live')).not.toBeInTheDocument();
  },
};

/** On a 360 px wide screen the table scrolls sideways, says so, and keeps the names in view. */
export const Phone: Story = {
  render: (args) => (
    <div style={{ inlineSize: 360 }}>
      <ModelsPanel {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const region = await canvas.findByRole('region', { name: 'Models table' });
    await expect(region).toHaveAccessibleDescription(/Scroll sideways to see every column/);
    await expect(canvas.getByText(/Scroll sideways/)).toBeVisible();
    // No word is broken: every name fits its cell on one line per word.
    for (const name of region.querySelectorAll<HTMLElement>('tbody th')) {
      await expect(name.scrollWidth).toBeLessThanOrEqual(name.clientWidth + 1);
    }
    const first = region.querySelector('tbody th');
    await expect(first ? getComputedStyle(first).position : '').toBe('sticky');
    // The actions are reachable: scroll to the end and the last button is in view.
    region.scrollLeft = region.scrollWidth;
    const buttons = within(region).getAllByRole('button');
    const last = buttons[buttons.length - 1];
    await waitFor(() => {
      const box = last?.getBoundingClientRect();
      const frame = region.getBoundingClientRect();
      expect(box && box.right <= frame.right + 1 && box.left >= frame.left - 1).toBe(true);
    });
  },
};

export const ServerError: Story = errorAlertStory(
  {
    error: {
      status: 503,
      serverMessage: 'The models service is restarting.',
      method: 'GET',
      url: 'https://api.konan.ai/deployments/d-1/models/',
    },
    title: 'The models could not be loaded',
    shows: 'The models service is restarting.',
    retry: 'Retry',
  },
  { models: undefined },
);

export const Promote: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Promote to live: fraud-xgb-v4' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Promote “fraud-xgb-v4” to live?' });
    // The current live model stays a challenger unless the user says otherwise.
    const group = within(dialog).getByRole('group', { name: /fraud-gbm-v3/ });
    await expect(within(group).getByRole('radio', { name: 'Challenger' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'Disabled' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Promote to live' }));
    await expect(args.onPromote).toHaveBeenCalledWith('m-3', 'disabled');
    await waitFor(() => expect(dialog).not.toBeVisible());
  },
};

export const DeleteWithConfirmation: Story = {
  play: async ({ args, canvas }) => {
    const remove = canvas.getByRole('button', { name: 'Delete: fraud-logreg-v1' });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Delete “fraud-logreg-v1”?' });
    await expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    // Destructive: the focus lands on Cancel, and Escape cancels.
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeVisible());
    await waitFor(() => expect(remove).toHaveFocus());
    await expect(args.onDelete).not.toHaveBeenCalled();
    // Again, and confirm with the keyboard.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Delete model' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onDelete).toHaveBeenCalledWith('m-1');
    await waitFor(() => expect(dialog).not.toBeVisible());
  },
};

export const AddModelValidationError: Story = {
  play: async ({ args, canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Add challenger model' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const form = canvas.getByRole('form', { name: 'New challenger model' });
    const f = within(form);
    await userEvent.type(f.getByLabelText('Model name'), 'fraud-gbm-v3');
    await userEvent.type(f.getByLabelText('Image URL'), 'https://registry.example.com/fraud:7');
    await userEvent.clear(f.getByLabelText('Exposed port'));
    await userEvent.type(f.getByLabelText('Exposed port'), '70000');
    await userEvent.click(f.getByRole('button', { name: 'Private registry' }));
    await userEvent.click(f.getByRole('button', { name: 'Add model' }));

    await expect(f.getByLabelText('Model name')).toHaveAccessibleDescription(
      'This deployment already has a model named “fraud-gbm-v3”.',
    );
    await expect(f.getByLabelText('Image URL')).toHaveAccessibleDescription(/Leave out the scheme/);
    await expect(f.getByLabelText('Exposed port')).toHaveAccessibleDescription(
      /Enter a whole number from 1 to 65535/,
    );
    await expect(f.getByLabelText('Registry username')).toBeInvalid();
    // The first invalid field gets the focus; nothing was sent.
    await expect(f.getByLabelText('Model name')).toHaveFocus();
    await expect(args.onCreate).not.toHaveBeenCalled();

    // Fixed, the request is sent as a challenger with its registry credentials.
    await userEvent.type(f.getByLabelText('Model name'), '-next');
    await userEvent.clear(f.getByLabelText('Image URL'));
    await userEvent.type(f.getByLabelText('Image URL'), 'registry.example.com/fraud/xgb:7.0');
    await userEvent.clear(f.getByLabelText('Exposed port'));
    await userEvent.type(f.getByLabelText('Exposed port'), '8000');
    await userEvent.type(f.getByLabelText('Registry username'), 'ci-bot');
    await userEvent.type(f.getByLabelText('Registry password or token'), 's3cret');
    await userEvent.click(f.getByRole('button', { name: 'Add model' }));
    await expect(args.onCreate).toHaveBeenCalledWith({
      name: 'fraud-gbm-v3-next',
      image: {
        url: 'registry.example.com/fraud/xgb:7.0',
        exposedPort: 8000,
        credentials: { username: 'ci-bot', password: 's3cret' },
      },
      state: 'challenger',
    } satisfies KonanModelCreationRequest);
  },
};

/** A parent that applies changes at once and rolls them back when "the server" refuses. */
function Simulated(props: ModelsPanelProps & { refuse?: boolean }) {
  const { refuse = false, ...panel } = props;
  const [list, setList] = useState<KonanModel[]>(models);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>();
  const change = (uuid: string, next: KonanModel[]) => {
    const previous = list;
    setError(undefined);
    setBusy(uuid);
    setList(next);
    setTimeout(() => {
      setBusy(undefined);
      if (!refuse) return;
      setList(previous);
      setError(
        new KonanNetworkError('Konan could not be reached: check the connection, then try again.'),
      );
    }, 1200);
  };
  return (
    <ModelsPanel
      {...panel}
      models={list}
      busyModelUuid={busy}
      actionError={error}
      onDismissActionError={() => setError(undefined)}
      onMove={(uuid, to) => {
        panel.onMove?.(uuid, to);
        change(
          uuid,
          list.map((m) => (m.uuid === uuid ? { ...m, state: to } : m)),
        );
      }}
      onPromote={(uuid, demoteTo) => {
        panel.onPromote?.(uuid, demoteTo);
        change(
          uuid,
          list.map((m) =>
            m.uuid === uuid
              ? { ...m, state: 'live' }
              : m.state === 'live'
                ? { ...m, state: demoteTo }
                : m,
          ),
        );
      }}
      onDelete={(uuid) => {
        panel.onDelete?.(uuid);
        change(
          uuid,
          list.filter((m) => m.uuid !== uuid),
        );
      }}
      createPending={creating}
      createError={createError}
      onCreate={(request) => {
        panel.onCreate?.(request);
        setCreating(true);
        setCreateError(undefined);
        setTimeout(() => {
          setCreating(false);
          setCreateError(
            new KonanHttpError({
              status: 400,
              serverMessage: 'The model could not be started.',
              method: 'POST',
              url: 'https://api.konan.ai/deployments/d-1/models/',
              body: {
                errors: [
                  {
                    field: 'image',
                    message: `Image ${request.image.url} was not found in its registry (manifest unknown).`,
                  },
                ],
              },
            }),
          );
        }, 1200);
      }}
    />
  );
}

export const ActionFailed: Story = {
  render: (args) => <Simulated {...args} refuse />,
  play: async ({ args, canvas }) => {
    const row = () => canvas.getByRole('row', { name: /fraud-xgb-v4/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Disable: fraud-xgb-v4' }));
    await expect(args.onMove).toHaveBeenCalledWith('m-3', 'disabled');
    // Shown at once, with a pending marker on the row...
    await expect(within(row()).getByText('Disabled')).toBeVisible();
    await expect(within(row()).getByText('Updating…')).toBeVisible();
    // ...then rolled back with the reason.
    const alert = await canvas.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent(
      '“fraud-xgb-v4” was not disabled. The models are shown as they were.',
    );
    await expect(alert).toHaveTextContent('Konan could not be reached');
    await expect(within(row()).getByText('Challenger')).toBeVisible();
    await expect(within(row()).queryByText('Updating…')).not.toBeInTheDocument();
    // Keyboard users stay on the row.
    await waitFor(() =>
      expect(
        within(row()).getByRole('button', { name: 'Promote to live: fraud-xgb-v4' }),
      ).toHaveFocus(),
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

export const PromoteApplied: Story = {
  render: (args) => <Simulated {...args} />,
  play: async ({ canvas }) => {
    await userEvent.click(
      canvas.getByRole('button', { name: 'Promote to live: fraud-catboost-v5' }),
    );
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Promote to live' }));
    const promoted = canvas.getByRole('row', { name: /fraud-catboost-v5/ });
    await expect(within(promoted).getByText('Live')).toBeVisible();
    await expect(
      within(canvas.getByRole('row', { name: /fraud-gbm-v3/ })).getByText('Challenger'),
    ).toBeVisible();
    // Said visibly, in a polite live region.
    const done = await canvas.findByText('“fraud-catboost-v5” is live.', {}, { timeout: 3000 });
    await expect(done).toBeVisible();
    await expect(done.closest('[role="status"]')).not.toBeNull();
    // The promoted model has no action left: the focus goes to its name, not to the page.
    await waitFor(() => expect(within(promoted).getByRole('rowheader')).toHaveFocus());
  },
};

export const AddModelServerError: Story = {
  render: (args) => <Simulated {...args} />,
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add challenger model' }));
    const f = within(canvas.getByRole('form', { name: 'New challenger model' }));
    await userEvent.type(f.getByLabelText('Model name'), 'fraud-lgbm-v7');
    await userEvent.type(f.getByLabelText('Image URL'), 'registry.example.com/fraud/missing:7');
    await userEvent.click(f.getByRole('button', { name: 'Add model' }));
    await expect(args.onCreate).toHaveBeenCalledOnce();
    await expect(f.getByText('Adding model…')).toBeVisible();
    const alert = await f.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent('The model was not added');
    // Konan's image error lands on the image field.
    await expect(f.getByLabelText('Image URL')).toHaveAccessibleDescription(
      /was not found in its registry/,
    );
  },
};

export const Dark: Story = {
  render: (args) => (
    <KonanUIProvider theme="dark">
      <ModelsPanel {...args} busyModelUuid="m-4" />
    </KonanUIProvider>
  ),
};

const connectedModels = (deploymentUuid = storyDemo.classifier) => (
  <ConnectedModelsPanel deploymentUuid={deploymentUuid} />
);

export const ConnectedPromote: Story = {
  ...konanStory(),
  render: () => connectedModels(),
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Models' }, { timeout: 10_000 });
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Promote to live: loan-xgb-v4' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Promote “loan-xgb-v4” to live?' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Disabled' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Promote to live' }));
    // Shown at once, then confirmed by the server.
    const promoted = canvas.getByRole('row', { name: /loan-xgb-v4/ });
    await expect(within(promoted).getByText('Live')).toBeVisible();
    await expect(
      await canvas.findByText('“loan-xgb-v4” is live.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await expect(
      within(canvas.getByRole('row', { name: /loan-gbm-v3/ })).getByText('Disabled'),
    ).toBeVisible();
  },
};

export const ConnectedSwitchFails: Story = {
  ...konanStory({
    faults: [
      {
        method: 'POST',
        path: /\/switch\/$/,
        status: 500,
        body: { detail: 'The model scheduler is unavailable.' },
      },
    ],
  }),
  render: () => connectedModels(),
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Models' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Make challenger: loan-logreg-v1' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('“loan-logreg-v1” was not made a challenger.');
    await expect(alert).toHaveTextContent('The model scheduler is unavailable.');
    await expect(
      within(canvas.getByRole('row', { name: /loan-logreg-v1/ })).getByText('Disabled'),
    ).toBeVisible();
  },
};

export const ConnectedAddAndDelete: Story = {
  ...konanStory(),
  render: () => connectedModels(storyDemo.regressor),
  play: async ({ canvas }) => {
    await canvas.findByRole('table', { name: 'Models' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Add challenger model' }));
    const form = within(canvas.getByRole('form', { name: 'New challenger model' }));
    await userEvent.type(form.getByLabelText('Model name'), 'house-xgb-v4');
    await userEvent.type(form.getByLabelText('Image URL'), 'registry.konan.ai/demo/missing-xgb:4');
    await userEvent.click(form.getByRole('button', { name: 'Add model' }));
    // Konan could not pull the image: the message lands on the field.
    await waitFor(
      () =>
        expect(form.getByLabelText('Image URL')).toHaveAccessibleDescription(
          /was not found in its registry/,
        ),
      { timeout: 10_000 },
    );
    await userEvent.clear(form.getByLabelText('Image URL'));
    await userEvent.type(form.getByLabelText('Image URL'), 'registry.konan.ai/demo/house-xgb:4.0');
    await userEvent.click(form.getByRole('button', { name: 'Add model' }));
    const added = await canvas.findByRole('row', { name: /house-xgb-v4/ }, { timeout: 10_000 });
    await expect(within(added).getByText('Challenger')).toBeVisible();
    await expect(canvas.queryByRole('form')).not.toBeInTheDocument();

    await userEvent.click(within(added).getByRole('button', { name: 'Delete: house-xgb-v4' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete “house-xgb-v4”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete model' }));
    await waitFor(
      () => expect(canvas.queryByRole('row', { name: /house-xgb-v4/ })).not.toBeInTheDocument(),
      { timeout: 10_000 },
    );
  },
};

export const ConnectedLoadError: Story = {
  ...konanStory({
    faults: [
      {
        method: 'GET',
        path: /\/models\/$/,
        status: 403,
        body: { detail: 'You do not have access to this deployment.' },
        times: 1,
      },
    ],
  }),
  render: () => connectedModels(),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('You do not have access to this deployment.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expect(
      await canvas.findByRole('table', { name: 'Models' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see the models.'),
  render: () => connectedModels(),
};

export const UnusualData: Story = {
  parameters: {
    // The docs snippet shows this story's source: Storybook's JSX serialiser cannot write an
    // invalid Date ("RangeError: Invalid time value").
    docs: { source: { type: 'code' } },
  },
  args: {
    models: [
      { uuid: 'x-1', name: '', state: 'challenger', createdAt: new Date('not a date') },
      {
        uuid: 'x-2',
        name: 'a-model-name-that-goes-on-and-on-without-any-space-to-break-it-v1234567890',
        state: 'live',
        createdAt: day('2025-01-01'),
      },
      {
        uuid: 'x-3',
        name: '<img src=x onerror=alert(1)>',
        state: '',
        createdAt: day('2025-02-01'),
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('rowheader', { name: 'Unnamed model' })).toBeVisible();
    await expect(canvas.getByText('—')).toBeVisible();
    // Server text stays text.
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    // A state sent empty is named as unknown, not left as a dangling "Other:".
    await expect(canvas.getByText('Unknown state')).toBeVisible();
    await expect(canvas.queryByText(/^Other:\s*$/)).toBeNull();
  },
};

/**
 * Port 80 in the add-model form: warned about as in the create-deployment form, not refused
 * (the rule is *inferred* from the emulator; Konan's contract only says a port may be refused).
 */
export const AddModelUnusualPort: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add challenger model' }));
    const f = within(canvas.getByRole('form', { name: 'New challenger model' }));
    const port = f.getByLabelText('Exposed port');
    await userEvent.type(f.getByLabelText('Model name'), 'fraud-xgb-v5');
    await userEvent.type(f.getByLabelText('Image URL'), 'registry.example.com/fraud/xgb:5.0');
    await userEvent.clear(port);
    await userEvent.type(port, '80');
    await expect(port).toHaveAccessibleDescription(/Port 80 is below 1024/);
    await expect(port).not.toHaveAttribute('aria-invalid');
    await userEvent.click(f.getByRole('button', { name: 'Add model' }));
    await expect(args.onCreate).toHaveBeenCalledWith({
      name: 'fraud-xgb-v5',
      image: { url: 'registry.example.com/fraud/xgb:5.0', exposedPort: 80 },
      state: 'challenger',
    });
    await userEvent.clear(port);
    await userEvent.type(port, '8000');
    await expect(port).not.toHaveAccessibleDescription(/below 1024/);
  },
};
