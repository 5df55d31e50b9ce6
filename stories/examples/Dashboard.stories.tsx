import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { konanArabicLabels as ar } from '../../src/locales/ar';
import { konanStory, storyAccount } from '../support/konan';
import { DashboardApp } from './dashboard/dashboard-app';
import { dashboardArabic as dar } from './dashboard/dashboard-labels';

/**
 * A whole dashboard built from konan-react, as an app would: `<KonanProvider>` at the root, then
 * the login form, the deployments list, deployment creation, models, predictions, feedback and
 * metrics. It runs against the embedded Konan emulator; log in with the demo account
 * (demo@konan.ai / konan-demo).
 */
const meta = {
  title: 'Examples/Dashboard',
  component: DashboardApp,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof DashboardApp>;
export default meta;
type Story = StoryObj<typeof meta>;

const LONG = { timeout: 15_000 };

/** Start here: log in with demo@konan.ai / konan-demo and explore. */
export const Dashboard: Story = {
  ...konanStory({ login: false }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

/** The whole journey, played in the browser: it runs as a test with `npm test`. */
export const Journey: Story = {
  ...konanStory({ login: false }),
  name: 'Journey (played)',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('Log in with the demo account', async () => {
      await userEvent.type(canvas.getByLabelText('Email'), storyAccount.email);
      await userEvent.type(canvas.getByLabelText('Password'), `${storyAccount.password}{Enter}`);
      await expect(await canvas.findByRole('button', { name: 'Log out' }, LONG)).toBeVisible();
      // After the login, keyboard users land on the page's title, not on a vanished form.
      await waitFor(() =>
        expect(canvas.getByRole('heading', { level: 1, name: 'Overview' })).toHaveFocus(),
      );
    });

    await step('A skip link leads past the header and the list to the main content', async () => {
      const skip = canvas.getByRole('link', { name: 'Skip to main content' });
      const main = canvas.getByRole('main');
      await expect(skip).toHaveAttribute('href', `#${main.id}`);
      skip.focus();
      await expect(skip).toBeVisible();
    });

    await step('The home view shows every deployment at a glance', async () => {
      const main = within(canvas.getByRole('main'));
      await expect(
        await main.findByRole('button', { name: 'Open Loan approval' }, LONG),
      ).toBeVisible();
      const churn = await main.findByRole('button', { name: 'Open Churn forecast' }, LONG);
      await waitFor(() => expect(churn).toHaveAccessibleDescription(/not serving/i), LONG);
    });

    await step(
      'A deployment that failed says it is not serving, in the list and its page',
      async () => {
        const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
        const churn = await sidebar.findByRole('button', { name: /Churn forecast/ }, LONG);
        await waitFor(() => expect(churn).toHaveTextContent('Not serving'), LONG);
        await userEvent.click(churn);
        const header = canvas.getByRole('heading', { level: 1, name: 'Churn forecast' });
        await waitFor(() => expect(header.parentElement).toHaveTextContent('Not serving'), LONG);
        await expect(canvasElement).toHaveTextContent(
          /promote it to live, or delete the deployment/,
        );
        const models = within(await canvas.findByRole('tabpanel', { name: 'Models' }));
        await expect(
          await models.findByText('Not serving: this deployment has no live model', {}, LONG),
        ).toBeVisible();
        await expect(models.queryByText(/with the live one/)).toBeNull();
      },
    );

    await step('Pick the classifier', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
      await userEvent.click(await sidebar.findByRole('button', { name: /Loan approval/ }, LONG));
      await expect(canvas.getByRole('heading', { level: 1, name: 'Loan approval' })).toBeVisible();
    });

    await step('Create a deployment with a bad image and read its errors', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
      await userEvent.click(sidebar.getByRole('button', { name: 'Create deployment' }));
      const page = within(canvas.getByRole('region', { name: 'Create a deployment' }));
      // One title on the page.
      await expect(page.getAllByRole('heading', { name: /deployment/i })).toHaveLength(1);
      await userEvent.type(page.getByLabelText('Deployment name'), 'Fraud screening');
      await userEvent.type(page.getByLabelText('Model name'), 'fraud-gbm-v1');
      await userEvent.type(
        page.getByLabelText('Image URL'),
        'registry.konan.ai/acme/missing-fraud:1.0',
      );
      await userEvent.click(page.getByRole('button', { name: 'Create deployment' }));
      await expect(await page.findByText('The image could not be pulled', {}, LONG)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
        /manifest unknown/,
      );
      await expect(page.getByText('Created, not serving')).toBeVisible();
    });

    await step('Open it: not serving, and its creation errors with the logs again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Open “Fraud screening”' }));
      const title = canvas.getByRole('heading', { level: 1, name: 'Fraud screening' });
      await waitFor(() => expect(title.parentElement).toHaveTextContent('Not serving'), LONG);
      const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
      await expect(sidebar.getByRole('button', { name: /^Fraud screening/ })).toHaveTextContent(
        'Not serving',
      );
      const models = within(canvas.getByRole('tabpanel', { name: 'Models' }));
      await expect(
        await models.findByText(/the live model’s container did not start/, {}, LONG),
      ).toBeVisible();
      await expect(
        await canvas.findByText('The image could not be pulled', {}, LONG),
      ).toBeVisible();
      await expect(canvas.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
        /manifest unknown/,
      );
    });

    await step('A name taken is told once, and no stale "Open" button stays', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
      await userEvent.click(sidebar.getByRole('button', { name: 'Create deployment' }));
      const page = within(canvas.getByRole('region', { name: 'Create a deployment' }));
      await userEvent.type(page.getByLabelText('Deployment name'), 'Fraud screening');
      await userEvent.type(page.getByLabelText('Model name'), 'fraud-gbm-v2');
      await userEvent.type(page.getByLabelText('Image URL'), 'registry.konan.ai/acme/fraud:2.0');
      await userEvent.click(page.getByRole('button', { name: 'Create deployment' }));
      await waitFor(
        () =>
          expect(page.getByLabelText('Deployment name')).toHaveAccessibleDescription(
            /already exists/,
          ),
        LONG,
      );
      await expect(page.queryByRole('alert')).toBeNull();
      await expect(page.queryByRole('button', { name: /^Open/ })).toBeNull();
    });

    await step('Back to the classifier: promote its challenger', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: 'Deployments' }));
      await userEvent.click(sidebar.getByRole('button', { name: /Loan approval/ }));
      const models = await canvas.findByRole('table', { name: 'Models' }, LONG);
      await expect(within(models).getByRole('row', { name: /loan-gbm-v3/ })).toHaveTextContent(
        'To retire the live model, promote a challenger.',
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Promote to live: loan-xgb-v4' }));
      const dialog = await canvas.findByRole('dialog', { name: 'Promote “loan-xgb-v4” to live?' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Promote to live' }));
      await expect(await canvas.findByText('“loan-xgb-v4” is live.', {}, LONG)).toBeInTheDocument();
      await expect(
        within(canvas.getByRole('row', { name: /loan-gbm-v3/ })).getByText('Challenger'),
      ).toBeVisible();
    });

    await step('Make a prediction and give its feedback', async () => {
      // The tabs are a real tab list: arrow keys move between them.
      canvas.getByRole('tab', { name: 'Models' }).focus();
      await userEvent.keyboard('{ArrowRight}');
      const tab = canvas.getByRole('tab', { name: 'Predict' });
      await expect(tab).toHaveFocus();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const panel = within(canvas.getByRole('tabpanel', { name: 'Predict' }));
      const editor = panel.getByRole('textbox', { name: 'Model input (JSON)' });
      await userEvent.clear(editor);
      await userEvent.paste(
        '{"income": 52000, "age": 34, "credit_score": 710, "loan_amount": 12000}',
      );
      await userEvent.click(panel.getByRole('button', { name: 'Predict' }));
      const output = await panel.findByRole('region', { name: 'Output' }, LONG);
      await expect(output).toHaveTextContent(/"label": "(approved|rejected)"/);
      const target = panel.getByRole('textbox', { name: 'True value (target)' });
      await userEvent.clear(target);
      await userEvent.paste('{"label": "approved"}');
      await userEvent.click(panel.getByRole('button', { name: 'Send feedback' }));
      await expect(await panel.findByText('Accepted', {}, LONG)).toBeVisible();
    });

    const missingFeedback: string[] = [];
    await step('Browse the predictions and load more', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Predictions' }));
      const panel = within(canvas.getByRole('tabpanel', { name: 'Predictions' }));
      const table = await panel.findByRole('table', {}, LONG);
      const rows = () => table.querySelectorAll('tbody tr').length;
      await waitFor(() => expect(rows()).toBeGreaterThan(0), LONG);
      const before = rows();
      for (const row of table.querySelectorAll('tbody tr')) {
        if (missingFeedback.length === 2) break;
        if (row.textContent?.includes('No feedback')) {
          missingFeedback.push(row.querySelector('th')?.textContent ?? '');
        }
      }
      await expect(missingFeedback).toHaveLength(2);
      await userEvent.click(panel.getByRole('button', { name: 'Load more' }));
      await waitFor(() => expect(rows()).toBeGreaterThan(before), LONG);
    });

    await step('Upload feedback in bulk from a CSV', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Upload feedback' }));
      const panel = within(canvas.getByRole('tabpanel', { name: 'Upload feedback' }));
      const csv = [
        'prediction_uuid,target',
        ...missingFeedback.map((uuid) => `${uuid},"{""label"": ""approved""}"`),
      ].join('\n');
      await userEvent.upload(
        panel.getByLabelText('Choose a file'),
        new File([csv], 'feedback.csv', { type: 'text/csv' }),
      );
      await userEvent.click(await panel.findByRole('button', { name: 'Submit 2 rows' }, LONG));
      const summary = within(await panel.findByRole('region', { name: 'Summary' }, LONG));
      await waitFor(
        () => expect(summary.getByText('Accepted').nextElementSibling).toHaveTextContent('2'),
        LONG,
      );
    });

    await step('Read the metrics', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Metrics' }));
      const panel = within(canvas.getByRole('tabpanel', { name: 'Metrics' }));
      await expect(
        await panel.findByRole('table', { name: /Confusion matrix/ }, LONG),
      ).toBeVisible();
      // The trend of the metric, one point per day, below the cards.
      await expect(await panel.findByRole('figure', { name: /per day/ }, LONG)).toBeVisible();
    });

    await step('Monitoring: volume per day and drift by feature', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: 'Monitoring' }));
      const panel = within(canvas.getByRole('tabpanel', { name: 'Monitoring' }));
      await expect(
        await panel.findByRole('figure', { name: /Prediction volume/ }, LONG),
      ).toBeVisible();
      const drift = await panel.findByRole('table', { name: 'Features by drift' }, LONG);
      await waitFor(() => expect(drift).toHaveTextContent('income'), LONG);
    });

    await step('Log out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Log out' }));
      await expect(await canvas.findByRole('button', { name: 'Sign in' }, LONG)).toBeVisible();
      await expect(canvas.queryByRole('navigation', { name: 'Deployments' })).toBeNull();
    });
  },
};

/** The element's computed `direction` (`ltr` or `rtl`). */
function directionOf(element: Element | null): string {
  if (!element) throw new Error('No element to read the direction of');
  return getComputedStyle(element).direction;
}

/**
 * The dashboard in Arabic, right to left: the layout mirrors (sidebar on the right, text from the
 * right), numbers and dates follow the `ar` locale, and every Konan component speaks Arabic (the
 * toolbar's `ar` locale hands `konanArabicLabels` to `KonanUIProvider labels`), while logs, JSON
 * and UUIDs stay left to right. The example app's own chrome (header, tabs) is still English.
 */
export const ArabicRightToLeft: Story = {
  ...konanStory({ login: false }),
  name: 'Arabic, right to left (played)',
  globals: { locale: 'ar', direction: 'rtl' },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('The page is right to left', async () => {
      const dashboard = canvasElement.querySelector('.dashboard');
      await expect(dashboard?.closest('[dir]')).toHaveAttribute('dir', 'rtl');
      await expect(dashboard?.closest('[lang]')).toHaveAttribute('lang', 'ar');
      await expect(directionOf(dashboard)).toBe('rtl');
    });

    await step('Log in with the demo account', async () => {
      const email = canvas.getByLabelText(ar.loginForm.emailLabel);
      // An email reads left to right even in a right-to-left form.
      await expect(directionOf(email)).toBe('ltr');
      await userEvent.type(email, storyAccount.email);
      await userEvent.type(
        canvas.getByLabelText(ar.loginForm.passwordLabel),
        `${storyAccount.password}{Enter}`,
      );
      await expect(await canvas.findByRole('button', { name: dar.logOut }, LONG)).toBeVisible();
    });

    await step('Pick the classifier', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: dar.deploymentsNav }));
      await userEvent.click(await sidebar.findByRole('button', { name: /Loan approval/ }, LONG));
      await expect(canvas.getByRole('heading', { level: 1, name: 'Loan approval' })).toBeVisible();
      // The sidebar is on the right: the start side of a right-to-left page.
      const nav = canvas
        .getByRole('navigation', { name: dar.deploymentsNav })
        .getBoundingClientRect();
      const title = canvas.getByRole('heading', { level: 1 }).getBoundingClientRect();
      if (canvasElement.getBoundingClientRect().width > 800) {
        await expect(nav.left).toBeGreaterThan(title.left);
      }
    });

    await step('Create a deployment with a bad image: its log stays left to right', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: dar.deploymentsNav }));
      await userEvent.click(sidebar.getByRole('button', { name: ar.deploymentsList.create }));
      const page = within(canvas.getByRole('region', { name: dar.createTitle }));
      const form = ar.createDeploymentForm;
      await userEvent.type(page.getByLabelText(form.deploymentNameLabel), 'Fraud screening');
      await userEvent.type(page.getByLabelText(form.modelNameLabel), 'fraud-gbm-v1');
      const imageUrl = page.getByLabelText(form.imageUrlLabel);
      await expect(directionOf(imageUrl)).toBe('ltr');
      await userEvent.type(imageUrl, 'registry.konan.ai/acme/missing-fraud:1.0');
      await userEvent.click(page.getByRole('button', { name: form.submit }));
      await expect(
        await page.findByText(ar.deploymentErrorsPanel.image.title, {}, LONG),
      ).toBeVisible();
      const logs = page.getByRole('region', { name: ar.containerLogViewer.region });
      await expect(logs).toHaveTextContent(/manifest unknown/);
      const line = await waitFor(() => {
        const found = logs.querySelector('.konan-container-log-viewer-line');
        if (!found) throw new Error('No log line yet');
        return found;
      });
      await expect(directionOf(line)).toBe('ltr');
      await expect(directionOf(logs)).toBe('ltr');
      // Around the log (its toolbar: search, follow, copy, download), the page stays RTL.
      await expect(directionOf(logs.closest('.konan-container-log-viewer'))).toBe('rtl');
    });

    await step('Back to the classifier: promote its challenger', async () => {
      const sidebar = within(canvas.getByRole('navigation', { name: dar.deploymentsNav }));
      await userEvent.click(sidebar.getByRole('button', { name: /Loan approval/ }));
      const models = ar.modelsPanel;
      await canvas.findByRole('table', { name: models.title }, LONG);
      await userEvent.click(
        canvas.getByRole('button', { name: models.promote + models.actionTarget('loan-xgb-v4') }),
      );
      const dialog = await canvas.findByRole('dialog', {
        name: models.promoteTitle('loan-xgb-v4'),
      });
      await expect(directionOf(dialog)).toBe('rtl');
      await userEvent.click(within(dialog).getByRole('button', { name: models.promoteConfirm }));
      await expect(
        await canvas.findByText(models.actionDone('promote', 'loan-xgb-v4'), {}, LONG),
      ).toBeInTheDocument();
    });

    await step('No English in the app’s own text; tab arrows mirror', async () => {
      const header = canvasElement.querySelector('.dashboard-header') as HTMLElement;
      await expect(header.querySelector('.konan-visually-hidden')).toHaveTextContent(
        dar.signedInAs,
      );
      await expect(within(header).getByRole('button', { name: dar.logOut })).toBeVisible();
      await expect(canvas.getByRole('link', { name: dar.skipToMain })).toBeInTheDocument();
      // The tab names are all Arabic: no word in Latin letters.
      await expect(canvas.getByRole('tablist').textContent).not.toMatch(/[A-Za-z]/);
      // In right to left, ArrowLeft goes to the next tab (the one on the left).
      canvas.getByRole('tab', { name: dar.tabs.models }).focus();
      await userEvent.keyboard('{ArrowLeft}');
      const predict = canvas.getByRole('tab', { name: dar.tabs.predict });
      await expect(predict).toHaveFocus();
      await expect(predict).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{ArrowRight}');
      await expect(canvas.getByRole('tab', { name: dar.tabs.models })).toHaveFocus();
    });

    await step('Make a prediction: its JSON stays left to right', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: dar.tabs.predict }));
      const panel = within(canvas.getByRole('tabpanel', { name: dar.tabs.predict }));
      const playground = ar.predictionPlayground;
      const editor = panel.getByRole('textbox', { name: playground.inputLabel });
      await expect(directionOf(editor)).toBe('ltr');
      await userEvent.clear(editor);
      await userEvent.paste(
        '{"income": 52000, "age": 34, "credit_score": 710, "loan_amount": 12000}',
      );
      await userEvent.click(panel.getByRole('button', { name: playground.predict }));
      const output = await panel.findByRole('region', { name: playground.outputTitle }, LONG);
      await expect(output).toHaveTextContent(/"label": "(approved|rejected)"/);
      await expect(directionOf(output.querySelector('.konan-mono'))).toBe('ltr');
      const target = panel.getByRole('textbox', { name: playground.targetLabel });
      await userEvent.clear(target);
      await userEvent.paste('{"label": "approved"}');
      await userEvent.click(panel.getByRole('button', { name: playground.sendFeedback }));
      await expect(await panel.findByText(playground.accepted, {}, LONG)).toBeVisible();
    });

    await step('Browse the predictions: UUIDs stay left to right', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: dar.tabs.predictions }));
      const panel = within(canvas.getByRole('tabpanel', { name: dar.tabs.predictions }));
      const table = await panel.findByRole('table', {}, LONG);
      const rows = () => table.querySelectorAll('tbody tr').length;
      await waitFor(() => expect(rows()).toBeGreaterThan(0), LONG);
      await expect(directionOf(table)).toBe('rtl');
      await expect(directionOf(table.querySelector('tbody th .konan-mono'))).toBe('ltr');
      const before = rows();
      await userEvent.click(panel.getByRole('button', { name: ar.predictionsTable.loadMore }));
      await waitFor(() => expect(rows()).toBeGreaterThan(before), LONG);
    });

    await step('Read the metrics', async () => {
      await userEvent.click(canvas.getByRole('tab', { name: dar.tabs.metrics }));
      const panel = within(canvas.getByRole('tabpanel', { name: dar.tabs.metrics }));
      await expect(
        await panel.findByRole(
          'table',
          { name: new RegExp(`^${ar.metricsPanel.metricNames.confusion_matrix}:`) },
          LONG,
        ),
      ).toBeVisible();
    });

    await step('Log out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: dar.logOut }));
      await expect(
        await canvas.findByRole('button', { name: ar.loginForm.submit }, LONG),
      ).toBeVisible();
    });
  },
};
