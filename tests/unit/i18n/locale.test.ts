import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../lib/i18n/locale';
import { createTranslator, messageKeys } from '../../../lib/i18n/messages';

describe('interface language', () => {
  it('follows the browser when set to auto', () => {
    expect(resolveLocale('auto', 'ru')).toBe('ru');
    expect(resolveLocale('auto', 'ru-RU')).toBe('ru');
    expect(resolveLocale('auto', 'en-US')).toBe('en');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
  });

  it("lets the operator's choice win over the browser", () => {
    expect(resolveLocale('en', 'ru-RU')).toBe('en');
    expect(resolveLocale('ru', 'en-US')).toBe('ru');
  });

  it('has every message in both Russian and English', () => {
    expect(messageKeys('ru')).toEqual(messageKeys('en'));
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const t = createTranslator('ru');
    expect(t('popupVersion', { version: '1.2.3' })).toBe('Версия 1.2.3');
    expect(t('popupVersion')).toBe('Версия {version}');
    expect(createTranslator('en')('overlayRoundTrip', { ms: 4 })).toBe('Background answered in 4 ms');
  });
});
