import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  defaultSettings,
  parseStoredSettings,
  thresholdsForSite,
} from '../../../lib/domain/settings';

describe('settings', () => {
  it('defaults a fresh install to the browser language, 5/10 minute targets and the ru/en keywords', () => {
    const settings = parseStoredSettings(undefined);
    expect(settings.language).toBe('auto');
    expect(settings.operatorName).toBe('');
    expect(settings.thresholds.normal).toMatchObject({ warnSec: 300, targetSec: 600 });
    expect(settings.priorityKeywords).toEqual(
      expect.arrayContaining(['возврат', 'refund', 'жалоб', 'complain']),
    );
  });

  it('keeps the valid fields of a damaged record and resets only the broken one', () => {
    expect(parseStoredSettings({ language: 'klingon', operatorName: 'Анна' })).toEqual({
      ...defaultSettings,
      operatorName: 'Анна',
    });
  });

  it('applies a patch and rejects an invalid value without changing anything', () => {
    const next = applySettingsPatch(defaultSettings, { language: 'ru' });
    expect(next.language).toBe('ru');
    expect(() => applySettingsPatch(next, { language: 'de' as never })).toThrow();
    expect(next.language).toBe('ru');
  });

  it('refuses thresholds out of order (warn after target)', () => {
    const thresholds = {
      ...defaultSettings.thresholds,
      normal: { warnSec: 900, targetSec: 600, forgottenSec: 1200 },
    };
    expect(() => applySettingsPatch(defaultSettings, { thresholds })).toThrow(/warn ≤ target ≤ forgotten/);
  });

  it('lets a site override one priority level and inherit the others', () => {
    const settings = applySettingsPatch(defaultSettings, {
      siteThresholds: {
        'https://desk.example': { normal: { warnSec: 60, targetSec: 120, forgottenSec: 240 } },
      },
    });
    const site = thresholdsForSite(settings, 'https://desk.example');
    expect(site.normal.targetSec).toBe(120);
    expect(site.vip).toEqual(defaultSettings.thresholds.vip);
    expect(thresholdsForSite(settings, 'https://other.example').normal.targetSec).toBe(600);
  });
});
