import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { KonanHttpError, KonanNetworkError, KonanSessionError } from '../src/client/errors';
import { ConnectedLoginForm, LoginForm } from '../src/components/login-form';
import { borderContrast } from './support/contrast';
import { withKonanUI } from './support/decorators';
import { konanStory, storyAccount } from './support/konan';

const apiKeyInput = (canvas: ReturnType<typeof within>) =>
  canvas.getByLabelText('API key', { selector: 'input:not([type="radio"])' });

const meta = {
  title: 'Components/LoginForm',
  component: LoginForm,
  args: { onSubmit: fn() },
} satisfies Meta<typeof LoginForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EmailAndPassword: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('radio', { name: 'Email and password' })).toBeChecked();
    await userEvent.type(canvas.getByLabelText('Email'), '  ada@konan.ai ');
    await userEvent.type(canvas.getByLabelText('Password'), 'correct horse{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith({
      email: 'ada@konan.ai',
      password: 'correct horse',
    });
  },
};

/** Fields and buttons are found by their borders: 3:1 against the page in both themes. */
async function expectControlBorders(canvasElement: HTMLElement) {
  const controls = canvasElement.querySelectorAll(
    '.konan-input, .konan-button:not([data-variant]), .konan-segmented',
  );
  await expect(controls.length).toBeGreaterThan(1);
  for (const control of controls) {
    await expect(borderContrast(control), control.outerHTML.slice(0, 60)).toBeGreaterThanOrEqual(3);
  }
}

export const ControlBorders: Story = {
  play: async ({ canvasElement }) => expectControlBorders(canvasElement),
};

export const ControlBordersDark: Story = {
  decorators: [withKonanUI({ theme: 'dark' })],
  play: async ({ canvasElement }) => expectControlBorders(canvasElement),
};

export const ValidationErrors: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveAccessibleDescription('Enter your email address.');
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password.',
    );
    // The first invalid field takes the focus; nothing was sent.
    await expect(email).toHaveFocus();
    await expect(args.onSubmit).not.toHaveBeenCalled();

    await userEvent.type(email, 'ada@konan');
    await expect(email).toHaveAccessibleDescription(
      'Enter an email address like name@company.com.',
    );
    await userEvent.type(email, '.ai');
    await expect(email).not.toHaveAttribute('aria-invalid');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const ApiKey: Story = {
  play: async ({ args, canvas }) => {
    // The mode switch is a radio group: arrow keys move between the modes.
    await userEvent.click(canvas.getByRole('radio', { name: 'Email and password' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'API key' })).toBeChecked();
    await expect(canvas.queryByLabelText('Email')).toBeNull();
    const key = apiKeyInput(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(key).toHaveAccessibleDescription(/Enter your API key\./);
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.type(key, ' konan-demo-key {Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith({ apiKey: 'konan-demo-key' });
  },
};

export const Pending: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Signing in…' });
    await expect(button).toBeDisabled();
    await expect(canvas.getByLabelText('Email')).toBeDisabled();
    await expect(canvas.getByRole('radio', { name: 'API key' })).toBeDisabled();
  },
};

export const ServerRefusal: Story = {
  args: { error: new KonanSessionError('credentials_rejected') },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Could not sign in');
    await expect(alert).toHaveTextContent('Konan rejected these credentials.');
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  },
};

export const SignOutFailed: Story = {
  name: 'Sign-out failed on Konan',
  args: { signOutError: new Error('Konan answered 503'), headingLevel: 3 },
  play: async ({ canvas }) => {
    const alert = canvas.getByText(/Konan could not revoke the session/).closest('.konan-alert');
    await expect(alert).toHaveAttribute('role', 'status');
    await expect(alert).toHaveTextContent('Konan answered 503');
    await expect(canvas.getByRole('heading', { level: 3, name: 'Sign in to Konan' })).toBeVisible();
  },
};

export const ApiKeyByDefault: Story = {
  args: {
    defaultMode: 'apiKey',
    labels: { title: 'Connect a Konan account', submit: 'Connect' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Connect a Konan account' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'API key' })).toBeChecked();
    await expect(canvas.getByRole('button', { name: 'Connect' })).toBeVisible();
  },
};

export const Connected: Story = {
  ...konanStory({ login: false }),
  render: () => <ConnectedLoginForm />,
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Email'), storyAccount.email);
    await userEvent.type(canvas.getByLabelText('Password'), `${storyAccount.password}{Enter}`);
    await expect(await canvas.findByText(`Signed in as ${storyAccount.email}`)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

export const ConnectedWrongPassword: Story = {
  ...konanStory({ login: false }),
  render: () => <ConnectedLoginForm />,
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Email'), storyAccount.email);
    await userEvent.type(canvas.getByLabelText('Password'), 'not the password{Enter}');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Could not sign in');
    await expect(alert).toHaveTextContent(/rejected/i);
    // A second try with the right password works.
    const password = canvas.getByLabelText('Password');
    await userEvent.clear(password);
    await userEvent.type(password, `${storyAccount.password}{Enter}`);
    await expect(await canvas.findByText(`Signed in as ${storyAccount.email}`)).toBeVisible();
  },
};

export const ConnectedWithChildren: Story = {
  ...konanStory({ login: false }),
  render: () => (
    <ConnectedLoginForm defaultMode="apiKey">
      <p>The dashboard, shown once signed in.</p>
    </ConnectedLoginForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(apiKeyInput(canvas), storyAccount.apiKey);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(canvas.getByText('The dashboard, shown once signed in.')).toBeVisible(),
    );
    await expect(canvas.queryByRole('form')).toBeNull();
  },
};

const loginUrl = 'https://auth.konan.ai/api/auth/login/';

/** A 500: the first line says what to do; status, method and address wait in the disclosure. */
export const ServerProblem: Story = {
  args: { error: new KonanHttpError({ status: 500, method: 'POST', url: loginUrl }) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Could not sign in');
    const firstLine = alert.querySelector('.konan-error-alert-message');
    await expect(firstLine).toHaveTextContent(
      'Konan had a problem on its side. Try again in a few minutes.',
    );
    await expect(firstLine).not.toHaveTextContent(/500|POST|http/);
    const details = within(alert).getByText('Technical details').closest('details');
    await expect(details).not.toHaveAttribute('open');
    await userEvent.click(within(alert).getByText('Technical details'));
    await expect(details).toHaveTextContent('500');
    await expect(details).toHaveTextContent('POST');
    await expect(details).toHaveTextContent(loginUrl);
  },
};

export const NetworkFailure: Story = {
  args: { error: new KonanNetworkError(`Failed to fetch ${loginUrl}`) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert.querySelector('.konan-error-alert-message')).toHaveTextContent(
      'Konan could not be reached. Check your connection, then try again.',
    );
    await expect(within(alert).getByText('Technical details')).toBeVisible();
  },
};

/** A wrong password is the user's to fix: said plainly, with no technical details. */
export const WrongPasswordPlain: Story = {
  args: {
    error: new KonanSessionError('credentials_rejected', {
      cause: new KonanHttpError({ status: 401, method: 'POST', url: loginUrl }),
    }),
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Check the email and password.');
    await expect(within(alert).queryByText('Technical details')).toBeNull();
    await expect(alert).not.toHaveTextContent(/401|POST/);
  },
};

/** A refused API key is told as one, even after switching to email and password. */
export const ApiKeyRejected: Story = {
  args: { defaultMode: 'apiKey', error: new KonanSessionError('credentials_rejected') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Konan rejected this API key.');
    await expect(alert).not.toHaveTextContent('email');
    await userEvent.click(canvas.getByRole('radio', { name: 'Email and password' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Konan rejected this API key.');
    await expect(within(alert).queryByText('Technical details')).toBeNull();
  },
};
