// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginForm } from '../../src/components/login-form';
import { KonanUIProvider } from '../../src/components/shared/ui-context';
import { konanArabicLabels } from '../../src/locales/ar';
import { konanEnglishLabels } from '../../src/locales/en';
import { plural } from '../../src/locales/plural';

afterEach(cleanup);

/**
 * Texts that stay the same in Arabic: technical names the user types or reads as they are (the
 * UUID, file formats and file names, CSV column names, the RMSE and MAE abbreviations) and texts
 * with no words (a count alone, the separator before a model's name).
 */
const SAME_IN_ARABIC = new Set([
  'createDeploymentForm.uuidLabel',
  'containerLogViewer.downloadFileName',
  'feedbackResultsTable.exportFileName',
  'feedbackUploader.format.csv',
  'feedbackUploader.format.json',
  'feedbackUploader.columnUuid',
  'feedbackUploader.columnTarget',
  'metricsPanel.metricNames.rmse',
  'metricsPanel.metricNames.mae',
  'metricTrendChart.metricNames.rmse',
  'metricTrendChart.metricNames.mae',
  'modelsPanel.actionTarget',
  'deploymentsList.count',
  'deploymentOverview.count',
  'deploymentOverview.metricNames.rmse',
]);

const count = { value: 5, text: '5' };

/** Sample arguments of the label functions that take more than counts and names. */
const ARGUMENTS: Record<string, unknown[]> = {
  'deploymentOverview.open': ['Loan approval'],
  'deploymentOverview.liveModel': ['loan-gbm-v1'],
  'deploymentOverview.coverageValue': ['40%', false],
  'deploymentOverview.metricTrend': [{ direction: 'down', better: false }, '86%'],
  'modelsPanel.actionFailed': ['promote', 'loan-gbm-v1'],
  'modelsPanel.actionDone': ['promote', 'loan-gbm-v1'],
  'feedbackUploader.missingColumns': [['target']],
  'feedbackUploader.at': ['csv', count],
  'metricsPanel.trendLabel': [
    { metric: 'F1', unit: 'day', first: '90%', last: '80%', worse: true },
  ],
  'metricTrendChart.title': ['F1', 'day'],
  'metricTrendChart.plotLabel': ['F1'],
  'metricTrendChart.columnTime': ['day'],
  'metricTrendChart.partial': [count, count, 'day'],
  'metricTrendChart.summary': [
    {
      metric: 'F1',
      from: 'Nov 2',
      to: 'Dec 1',
      first: '90%',
      last: '80%',
      low: '78%',
      lowAt: 'Nov 30',
      high: '92%',
      highAt: 'Nov 5',
      gaps: count,
      unit: 'day',
    },
  ],
};

/** A label's text: a function is called with sample arguments (counts, or those above). */
function sample(label: unknown, path: string): unknown {
  if (typeof label !== 'function') return label;
  return label(...(ARGUMENTS[path] ?? [count, count, count, count]));
}

function texts(value: unknown, path: string, out: Map<string, unknown>) {
  const resolved = sample(value, path);
  if (resolved && typeof resolved === 'object' && !Array.isArray(resolved)) {
    for (const [key, inner] of Object.entries(resolved)) texts(inner, `${path}.${key}`, out);
  } else {
    out.set(path, typeof resolved === 'string' ? resolved : String(resolved));
  }
}

describe('the Arabic label pack', () => {
  it('has every component and every label key of the English pack', () => {
    expect(Object.keys(konanArabicLabels).sort()).toEqual(Object.keys(konanEnglishLabels).sort());
    for (const [component, english] of Object.entries(konanEnglishLabels)) {
      const arabic = konanArabicLabels[component as keyof typeof konanArabicLabels];
      expect(Object.keys(arabic).sort(), component).toEqual(Object.keys(english).sort());
    }
  });

  it('has no empty text and none left in English, except the names that must stay', () => {
    const english = new Map<string, unknown>();
    const arabic = new Map<string, unknown>();
    for (const [component, labels] of Object.entries(konanEnglishLabels)) {
      for (const [key, label] of Object.entries(labels))
        texts(label, `${component}.${key}`, english);
    }
    for (const [component, labels] of Object.entries(konanArabicLabels)) {
      for (const [key, label] of Object.entries(labels))
        texts(label, `${component}.${key}`, arabic);
    }
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of arabic) {
      expect(String(text).trim(), path).not.toBe('');
      if (SAME_IN_ARABIC.has(path)) expect(text, path).toBe(english.get(path));
      else expect(text, path).not.toBe(english.get(path));
    }
  });

  it('turns LoginForm to Arabic through KonanUIProvider labels', () => {
    render(
      <KonanUIProvider locale="ar" labels={konanArabicLabels}>
        <LoginForm onSubmit={() => {}} />
      </KonanUIProvider>,
    );
    const l = konanArabicLabels.loginForm;
    expect(screen.getByRole('heading', { name: l.title })).toBeTruthy();
    expect(screen.getByRole('button', { name: l.submit })).toBeTruthy();
    expect(screen.getByLabelText(l.emailLabel)).toBeTruthy();
    expect(screen.queryByRole('button', { name: konanEnglishLabels.loginForm.submit })).toBeNull();
  });

  it('lets a labels prop override one text of the pack', () => {
    render(
      <KonanUIProvider locale="ar" labels={konanArabicLabels}>
        <LoginForm onSubmit={() => {}} labels={{ submit: 'ادخل' }} />
      </KonanUIProvider>,
    );
    expect(screen.getByRole('button', { name: 'ادخل' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: konanArabicLabels.loginForm.title })).toBeTruthy();
  });

  it('chooses the Arabic plural form for 0, 1, 2, 3, 11 and 100', () => {
    const lines = konanArabicLabels.containerLogViewer.lineCount;
    const at = (value: number) => lines({ value, text: String(value) });
    expect(at(0)).toBe('لا أسطر');
    expect(at(1)).toBe('سطر واحد');
    expect(at(2)).toBe('سطران');
    expect(at(3)).toBe('3 أسطر');
    expect(at(11)).toBe('11 سطرًا');
    expect(at(100)).toBe('100 سطر');
  });
});

describe('plural', () => {
  it('falls back to other when a form is missing', () => {
    expect(plural('ar', 2, { one: 'a', other: 'b' })).toBe('b');
    expect(plural('en', 1, { one: 'line', other: 'lines' })).toBe('line');
  });
});
