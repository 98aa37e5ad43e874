import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, parseStoredSettings } from '../../../lib/domain/settings';

describe('settings', () => {
  it('defaults a fresh install to the browser language and no operator name', () => {
    expect(parseStoredSettings(undefined)).toEqual({ language: 'auto', operatorName: '' });
  });

  it('keeps the valid fields of a damaged record and resets only the broken one', () => {
    expect(parseStoredSettings({ language: 'klingon', operatorName: 'Анна' })).toEqual({
      language: 'auto',
      operatorName: 'Анна',
    });
  });

  it('applies a patch and rejects an invalid value without changing anything', () => {
    const next = applySettingsPatch(defaultSettings, { language: 'ru' });
    expect(next.language).toBe('ru');
    expect(() => applySettingsPatch(next, { language: 'de' as never })).toThrow();
    expect(next.language).toBe('ru');
  });
});
