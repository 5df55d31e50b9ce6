// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PredictionPlayground } from '../../src/components/prediction-playground';

afterEach(cleanup);

const editor = () => screen.getByRole('textbox', { name: /model input/i }) as HTMLTextAreaElement;
const example = '{\n  "income": 52900\n}';

describe('PredictionPlayground with an example that arrives late', () => {
  it('shows the example when the editor is untouched', () => {
    const { rerender } = render(<PredictionPlayground onPredict={() => {}} />);
    expect(editor().value).toBe('');
    rerender(<PredictionPlayground onPredict={() => {}} defaultInput={example} />);
    expect(editor().value).toBe(example);
  });

  it('keeps what the user typed when the example arrives afterwards', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<PredictionPlayground onPredict={() => {}} />);
    await user.click(editor());
    await user.paste('{"age": 34}');
    rerender(<PredictionPlayground onPredict={() => {}} defaultInput={example} />);
    expect(editor().value).toBe('{"age": 34}');
  });
});
