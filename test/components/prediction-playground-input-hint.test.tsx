// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PredictionPlayground } from '../../src/components/prediction-playground';
import { inputExample } from '../../src/components/prediction-playground/input-example';
import { konanArabicLabels } from '../../src/locales/ar';

afterEach(cleanup);

const house = JSON.stringify(
  {
    area_sqm: 112,
    bedrooms: 3,
    bathrooms: 1,
    year_built: 1987,
    distance_to_center_km: 4.5,
    has_garden: true,
  },
  null,
  2,
);

describe('inputExample', () => {
  it('gives the first features of an input the deployment took, on one line', () => {
    expect(inputExample(house)).toBe('{"area_sqm": 112, "bedrooms": 3, "bathrooms": 1}');
  });

  it('keeps one feature even when it alone is long', () => {
    const long = JSON.stringify({ description: 'x'.repeat(80), rooms: 3 });
    expect(inputExample(long)).toBe(`{"description": "${'x'.repeat(80)}"}`);
  });

  it('has nothing to suggest without a known input', () => {
    expect(inputExample('')).toBeUndefined();
    expect(inputExample('{}')).toBeUndefined();
    expect(inputExample('{"income": ')).toBeUndefined();
  });

  it('shows a short input that is not an object as it is', () => {
    expect(inputExample('[1, 2, 3]')).toBe('[1,2,3]');
    expect(inputExample(JSON.stringify('y'.repeat(100)))).toBeUndefined();
  });
});

const editor = () => screen.getByRole('textbox', { name: /model input/i });

async function submitEmpty() {
  const user = userEvent.setup();
  await user.clear(editor());
  await user.click(screen.getByRole('button', { name: 'Predict' }));
}

describe('PredictionPlayground empty-input message', () => {
  it('suggests the features of the deployment’s latest input, not a made-up one', async () => {
    render(<PredictionPlayground onPredict={() => {}} defaultInput={house} />);
    await submitEmpty();
    const message = screen.getByRole('alert').textContent ?? '';
    expect(message).toContain('{"area_sqm": 112, "bedrooms": 3, "bathrooms": 1}');
    expect(message).not.toContain('income');
  });

  it('suggests no example when none is known', async () => {
    render(<PredictionPlayground onPredict={() => {}} />);
    await submitEmpty();
    expect(screen.getByRole('alert').textContent).toBe("Enter the model's input as JSON.");
  });

  it('says it in Arabic with or without an example', () => {
    const { inputRequired } = konanArabicLabels.predictionPlayground;
    expect(inputRequired(undefined)).toBe('أدخل مدخلات النموذج بصيغة JSON.');
    expect(inputRequired('{"bedrooms": 3}')).toBe(
      'أدخل مدخلات النموذج بصيغة JSON، مثل {"bedrooms": 3}.',
    );
  });
});
