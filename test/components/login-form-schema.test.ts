import { describe, expect, it } from 'vitest';
import { defaultLoginFormLabels } from '../../src/components/login-form/login-form-labels';
import { validateLogin } from '../../src/components/login-form/login-schema';

const values = { email: '', password: '', apiKey: '' };

describe('validateLogin', () => {
  it('requires email and password, one message per field', () => {
    expect(validateLogin('credentials', values, defaultLoginFormLabels)).toEqual({
      ok: false,
      errors: { email: 'Enter your email address.', password: 'Enter your password.' },
    });
  });

  it('checks the shape of the email', () => {
    for (const email of ['ada', 'ada@', 'ada@konan', '@konan.ai', 'ada @konan.ai']) {
      const result = validateLogin(
        'credentials',
        { ...values, email, password: 'x' },
        defaultLoginFormLabels,
      );
      expect(result).toEqual({
        ok: false,
        errors: { email: 'Enter an email address like name@company.com.' },
      });
    }
  });

  it('trims the email but sends the password as typed', () => {
    expect(
      validateLogin(
        'credentials',
        { ...values, email: ' ada@konan.ai ', password: ' secret ' },
        defaultLoginFormLabels,
      ),
    ).toEqual({ ok: true, input: { email: 'ada@konan.ai', password: ' secret ' } });
  });

  it('requires a non-blank API key and ignores the other mode', () => {
    expect(
      validateLogin('apiKey', { ...values, apiKey: '   ', email: 'bad' }, defaultLoginFormLabels),
    ).toEqual({ ok: false, errors: { apiKey: 'Enter your API key.' } });
    expect(validateLogin('apiKey', { ...values, apiKey: ' k-1 ' }, defaultLoginFormLabels)).toEqual(
      { ok: true, input: { apiKey: 'k-1' } },
    );
  });

  it('uses the replaced messages', () => {
    const result = validateLogin('apiKey', values, {
      ...defaultLoginFormLabels,
      apiKeyRequired: 'Clé requise.',
    });
    expect(result).toEqual({ ok: false, errors: { apiKey: 'Clé requise.' } });
  });
});
