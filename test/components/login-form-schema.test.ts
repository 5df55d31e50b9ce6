import { describe, expect, it } from 'vitest';
import { defaultLoginFormLabels } from '../../src/components/login-form/login-form-labels';
import {
  type LoginFormValues,
  type LoginMode,
  validateLogin,
} from '../../src/components/login-form/login-schema';

const values = { email: '', password: '', apiKey: '' };

/** What the form's check answers for these fields typed, in English. */
const check = (mode: LoginMode, typed: Partial<LoginFormValues>) =>
  validateLogin(mode, { ...values, ...typed }, defaultLoginFormLabels);

describe('validateLogin', () => {
  it('requires email and password, one message per field', () => {
    expect(check('credentials', {})).toEqual({
      ok: false,
      errors: { email: 'Enter your email address.', password: 'Enter your password.' },
    });
  });

  it('checks the shape of the email', () => {
    for (const email of ['ada', 'ada@', 'ada@konan', '@konan.ai', 'ada @konan.ai']) {
      const result = check('credentials', { email, password: 'x' });
      expect(result).toEqual({
        ok: false,
        errors: { email: 'Enter an email address like name@company.com.' },
      });
    }
  });

  it('accepts the addresses zod’s email pattern accepts, and only those', () => {
    const accepted = [
      'ada@konan.ai',
      'Ada.Lovelace@Konan.AI',
      "o'neil@example.com",
      'ada+tag@mail.konan.ai',
      'a_b-c@sub-domain.example.io',
    ];
    const refused = [
      'ada..l@konan.ai',
      '.ada@konan.ai',
      'ada.@konan.ai',
      'ada@konan.a',
      'ada@-konan.ai',
      'ada@konan..ai',
      'adé@konan.ai',
      'ada@konan.ai.',
      'ada@192.168.0.1',
    ];
    const emailError = (email: string) => {
      const result = check('credentials', { email, password: 'x' });
      return result.ok ? undefined : result.errors.email;
    };
    for (const email of accepted) expect(emailError(email), email).toBeUndefined();
    for (const email of refused) {
      expect(emailError(email), email).toBe(defaultLoginFormLabels.emailInvalid);
    }
  });

  it('asks for a blank email rather than calling it invalid', () => {
    expect(check('credentials', { email: ' \t ', password: 'x' })).toEqual({
      ok: false,
      errors: { email: defaultLoginFormLabels.emailRequired },
    });
  });

  it('takes a password of spaces as typed', () => {
    expect(check('credentials', { email: 'ada@konan.ai', password: '   ' })).toEqual({
      ok: true,
      input: { email: 'ada@konan.ai', password: '   ' },
    });
  });

  it('trims the email but sends the password as typed', () => {
    expect(check('credentials', { email: ' ada@konan.ai ', password: ' secret ' })).toEqual({
      ok: true,
      input: { email: 'ada@konan.ai', password: ' secret ' },
    });
  });

  it('requires a non-blank API key and ignores the other mode', () => {
    expect(check('apiKey', { apiKey: '   ', email: 'bad' })).toEqual({
      ok: false,
      errors: { apiKey: 'Enter your API key.' },
    });
    expect(check('apiKey', { apiKey: ' k-1 ' })).toEqual({ ok: true, input: { apiKey: 'k-1' } });
  });

  it('uses the replaced messages', () => {
    const result = validateLogin('apiKey', values, {
      ...defaultLoginFormLabels,
      apiKeyRequired: 'Clé requise.',
    });
    expect(result).toEqual({ ok: false, errors: { apiKey: 'Clé requise.' } });
  });
});
