import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanDeployment, KonanPrediction } from '../src/client/data-types';
import { KonanHttpError } from '../src/client/errors';
import {
  ConnectedPredictionPlayground,
  type PlaygroundFeedbackStatus,
  PredictionPlayground,
  type PredictionPlaygroundProps,
} from '../src/components/prediction-playground';
import { stubClipboard } from './support/clipboard';
import { konanStory, storyDemo } from './support/konan';
import { signedOutStory } from './support/signed-out-story';
import { useArgState } from './support/use-arg-state';

const deployments: KonanDeployment[] = [
  {
    uuid: 'd1c4a8e0-0001-4b7e-9a51-0c2f3d9b8a11',
    name: 'Loan approval',
    createdAt: new Date(2025, 0, 12),
  },
  {
    uuid: 'd1c4a8e0-0002-4b7e-9a51-0c2f3d9b8a12',
    name: 'House prices',
    createdAt: new Date(2025, 1, 3),
  },
  {
    uuid: 'd1c4a8e0-0003-4b7e-9a51-0c2f3d9b8a13',
    name: 'Churn forecast',
    createdAt: new Date(2025, 2, 1),
  },
];
const loan = '{"income": 52000, "age": 34, "credit_score": 710, "loan_amount": 12000}';
const prediction: KonanPrediction = {
  uuid: '7f3c0042-2b1d-4c8e-9a41-5e0000a1b2c3',
  output: { label: 'approved', probability: 0.874 },
};

const input = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('textbox', { name: 'Model input (JSON)' });
const pressCtrlEnter = () => userEvent.keyboard('{Control>}{Enter}{/Control}');

const meta = {
  title: 'Components/PredictionPlayground',
  component: PredictionPlayground,
  args: {
    deployments,
    selectedDeployment: deployments[0]?.uuid,
    onSelectDeployment: fn(),
    onPredict: fn(),
    onSubmitFeedback: fn(),
    onRetryFeedback: fn(),
    onRetryDeployments: fn(),
    defaultInput: loan,
  },
  // Controlled deployment choice, as an app would hold it.
  render: function Render(args) {
    const [selected, select] = useArgState(args.selectedDeployment, args.onSelectDeployment);
    return (
      <PredictionPlayground {...args} selectedDeployment={selected} onSelectDeployment={select} />
    );
  },
} satisfies Meta<typeof PredictionPlayground>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NoDeployments: Story = {
  args: { deployments: [], selectedDeployment: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No deployments yet')).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const SignedOut: Story = {
  args: { signedOut: true, headingLevel: 3 },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Log in to make predictions.')).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Prediction playground' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const LoadingDeployments: Story = {
  args: { deployments: undefined, deploymentsPending: true, selectedDeployment: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Loading deployments…',
    );
  },
};

export const DeploymentsError: Story = {
  args: {
    deployments: undefined,
    selectedDeployment: undefined,
    deploymentsError: new KonanHttpError({
      status: 502,
      method: 'GET',
      url: 'https://api.konan.ai/deployments/',
      serverMessage: 'Bad gateway',
    }),
  },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The deployments could not be loaded',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetryDeployments).toHaveBeenCalledOnce();
  },
};

export const Ready: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const deployment = canvas.getByRole('combobox', { name: 'Deployment' });
    await expect(deployment).toHaveDisplayValue('Loan approval');
    await userEvent.selectOptions(deployment, 'House prices');
    await expect(args.onSelectDeployment).toHaveBeenCalledWith(deployments[1]?.uuid);
    await userEvent.click(canvas.getByRole('button', { name: 'Format JSON' }));
    await expect(input(canvasElement)).toHaveValue(
      '{\n  "income": 52000,\n  "age": 34,\n  "credit_score": 710,\n  "loan_amount": 12000\n}',
    );
    await userEvent.click(input(canvasElement));
    await pressCtrlEnter();
    await expect(args.onPredict).toHaveBeenCalledWith({
      income: 52000,
      age: 34,
      credit_score: 710,
      loan_amount: 12000,
    });
  },
};

export const Pending: Story = {
  args: { pending: true },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Asking the live model…')).toBeVisible();
    // A second press while the model answers sends nothing more.
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    await expect(args.onPredict).not.toHaveBeenCalled();
  },
};

export const SuccessWithOutput: Story = {
  args: { prediction },
  beforeEach: () => stubClipboard({ writeText: fn(async () => undefined) }),
  play: async ({ canvas }) => {
    const output = canvas.getByRole('region', { name: 'Output' });
    await expect(output).toHaveTextContent('"label": "approved"');
    await expect(output).toHaveTextContent(prediction.uuid);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy UUID' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(prediction.uuid);
    await expect(canvas.getByText('Copied.')).toBeVisible();
    // The feedback form starts from the target part of the output (no probability), to be corrected.
    await expect(canvas.getByRole('textbox', { name: 'True value (target)' })).toHaveValue(
      '{"label":"approved"}',
    );
  },
};

export const InvalidJson: Story = {
  args: { defaultInput: '' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const textarea = input(canvasElement);
    await userEvent.click(textarea);
    await pressCtrlEnter();
    await expect(textarea).toHaveAccessibleDescription(/Enter the model's input as JSON/);
    await userEvent.paste('{\n  "income": 52000,\n  \'age\': 34\n}');
    await pressCtrlEnter();
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    const message = canvas.getByRole('alert');
    await expect(message).toHaveTextContent(
      "Not valid JSON at line 3, column 3: expected a property name in double quotes, found “'”. Nothing was sent.",
    );
    // The caret sits on the mistake.
    await expect(textarea).toHaveFocus();
    await expect((textarea as HTMLTextAreaElement).selectionStart).toBe(23);
    // Format refuses too, with the same message.
    await userEvent.click(canvas.getByRole('button', { name: 'Format JSON' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('line 3, column 3');
    await expect(args.onPredict).not.toHaveBeenCalled();
    // Fixing it clears the message and sends.
    await userEvent.clear(textarea);
    await userEvent.paste('{"income": 52000, "age": 34}');
    await expect(textarea).not.toHaveAttribute('aria-invalid');
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    await expect(args.onPredict).toHaveBeenCalledWith({ income: 52000, age: 34 });
  },
};

export const NoDeploymentChosen: Story = {
  args: { selectedDeployment: undefined },
  play: async ({ args, canvas }) => {
    const deployment = canvas.getByRole('combobox', { name: 'Deployment' });
    await expect(deployment).toHaveDisplayValue('Choose a deployment');
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    await expect(deployment).toHaveAccessibleDescription(
      'Choose the deployment whose live model should answer.',
    );
    await expect(deployment).toHaveFocus();
    await expect(args.onPredict).not.toHaveBeenCalled();
    await userEvent.selectOptions(deployment, 'Loan approval');
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    await expect(args.onPredict).toHaveBeenCalledOnce();
  },
};

export const ServerError: Story = {
  args: {
    selectedDeployment: deployments[2]?.uuid,
    error: new KonanHttpError({
      status: 409,
      method: 'POST',
      url: `https://api.konan.ai/deployments/${deployments[2]?.uuid}/predict/`,
      serverMessage: 'This deployment has no live model: its creation failed.',
    }),
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('The prediction failed');
    await expect(alert).toHaveTextContent('This deployment has no live model');
  },
};

export const FeedbackValidation: Story = {
  args: { prediction },
  play: async ({ args, canvas }) => {
    const target = canvas.getByRole('textbox', { name: 'True value (target)' });
    await userEvent.clear(target);
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(target).toHaveAccessibleDescription(/Enter the true value\./);
    await userEvent.paste('{"label": rejected}');
    await pressCtrlEnter();
    await expect(canvas.getByRole('alert')).toHaveTextContent('line 1, column 11');
    await expect(args.onSubmitFeedback).not.toHaveBeenCalled();
    await userEvent.clear(target);
    await userEvent.paste('{"label": "rejected"}');
    await pressCtrlEnter();
    await expect(args.onSubmitFeedback).toHaveBeenCalledWith({ label: 'rejected' });
    // Plain text is a string target.
    await userEvent.clear(target);
    await userEvent.type(target, 'rejected');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(args.onSubmitFeedback).toHaveBeenLastCalledWith('rejected');
  },
};

/** Answers the feedback after a moment with the given status, as the connected version would. */
function WithFeedbackAnswer(
  args: PredictionPlaygroundProps & { answer: PlaygroundFeedbackStatus },
) {
  const { answer, ...rest } = args;
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<PlaygroundFeedbackStatus | undefined>();
  return (
    <PredictionPlayground
      {...rest}
      feedbackPending={pending}
      feedbackStatus={status}
      onSubmitFeedback={(value) => {
        args.onSubmitFeedback?.(value);
        setPending(true);
        setStatus(undefined);
        setTimeout(() => {
          setPending(false);
          setStatus(answer);
        }, 200);
      }}
    />
  );
}

export const FeedbackAccepted: Story = {
  args: { prediction },
  render: (args) => (
    <WithFeedbackAnswer {...args} answer={{ outcome: 'accepted', message: 'Feedback recorded.' }} />
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(canvas.getByText('Sending feedback…')).toBeVisible();
    await expect(await canvas.findByText('Accepted')).toBeVisible();
    await expect(canvas.getByText('Feedback recorded.')).toBeVisible();
  },
};

export const FeedbackRejected: Story = {
  args: {
    prediction,
    feedbackStatus: {
      outcome: 'rejected',
      status: 409,
      message: 'Feedback already recorded for this prediction.',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Rejected')).toBeVisible();
    await expect(canvas.getByText('Feedback already recorded for this prediction.')).toBeVisible();
  },
};

export const FeedbackNotSent: Story = {
  args: {
    prediction,
    feedbackStatus: {
      outcome: 'notSent',
      message: 'Konan could not be reached. Check your connection.',
    },
  },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Not sent')).toBeVisible();
    await expect(canvas.getByText(/could not be reached/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send again' }));
    await expect(args.onRetryFeedback).toHaveBeenCalledOnce();
  },
};

const longTimeout = { timeout: 10_000 };

export const ConnectedPredictAndFeedback: Story = {
  ...konanStory(),
  render: () => <ConnectedPredictionPlayground defaultInput={loan} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const deployment = await canvas.findByRole('combobox', { name: 'Deployment' }, longTimeout);
    await userEvent.selectOptions(deployment, storyDemo.classifier);
    await userEvent.click(input(canvasElement));
    await pressCtrlEnter();
    const output = await canvas.findByRole('region', { name: 'Output' }, longTimeout);
    await expect(output).toHaveTextContent(/"label": "(approved|rejected)"/);
    const target = canvas.getByRole('textbox', { name: 'True value (target)' });
    await userEvent.clear(target);
    await userEvent.paste('{"label": "approved"}');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(await canvas.findByText('Accepted', undefined, longTimeout)).toBeVisible();
    // Sending it twice: the server refuses, and says why.
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(await canvas.findByText('Rejected', undefined, longTimeout)).toBeVisible();
    await expect(canvas.getByText(/already recorded/i)).toBeVisible();
  },
};

export const ConnectedFailedDeployment: Story = {
  ...konanStory(),
  render: () => <ConnectedPredictionPlayground defaultInput={loan} />,
  play: async ({ canvas }) => {
    const deployment = await canvas.findByRole('combobox', { name: 'Deployment' }, longTimeout);
    await userEvent.selectOptions(deployment, storyDemo.failed);
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    const alert = await canvas.findByRole('alert', undefined, longTimeout);
    await expect(alert).toHaveTextContent('The prediction failed');
    await expect(alert).toHaveTextContent('409');
  },
};

export const ConnectedFeedbackNotSent: Story = {
  ...konanStory({
    faults: [{ method: 'POST', path: /\/feedback\/$/, networkError: true, times: 1 }],
  }),
  render: () => (
    <ConnectedPredictionPlayground
      deploymentUuid={storyDemo.regressor}
      defaultInput='{"rooms": 3}'
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Connecting to Konan…')).toBeVisible();
    const predict = await canvas.findByRole('button', { name: 'Predict' }, longTimeout);
    await expect(canvas.queryByRole('combobox')).toBeNull();
    await userEvent.click(predict);
    await canvas.findByRole('region', { name: 'Output' }, longTimeout);
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(await canvas.findByText('Not sent', undefined, longTimeout)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(canvas.getByText('Accepted')).toBeVisible(), longTimeout);
  },
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to make predictions.'),
  render: () => <ConnectedPredictionPlayground />,
};

/**
 * House prices, emptied: the message suggests this deployment's own features (from its latest
 * prediction), not a loan applicant's income.
 */
export const ConnectedEmptyInputHint: Story = {
  ...konanStory(),
  render: () => <ConnectedPredictionPlayground deploymentUuid={storyDemo.regressor} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Predict' }, longTimeout);
    const editor = input(canvasElement) as HTMLTextAreaElement;
    // The editor starts with the features of the deployment's latest prediction.
    await waitFor(() => expect(editor.value).toMatch(/"area_sqm"/), longTimeout);
    await userEvent.clear(editor);
    await userEvent.click(canvas.getByRole('button', { name: 'Predict' }));
    await expect(editor).toHaveAccessibleDescription(
      /Enter the model's input as JSON, for example .*\{"area_sqm": \d+, "bedrooms": \d+/,
    );
    await expect(editor).not.toHaveAccessibleDescription(/income/);
    await expect(editor).toHaveFocus();
  },
};
