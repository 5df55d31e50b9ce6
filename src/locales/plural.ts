/** The forms of a word or phrase by plural category; `other` is required, the rest fall back to it. */
export type KonanPluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` that `locale`'s plural rules choose for `value`, e.g. in Arabic
 * `plural('ar', 3, { one: 'سطر واحد', two: 'سطران', few: '3 أسطر', other: '100 سطر' })` → `'3 أسطر'`.
 */
export function plural(locale: string, value: number, forms: KonanPluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(value)] ?? forms.other;
}
