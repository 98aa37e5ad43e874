import { describe, expect, it } from 'vitest';
import { describeWait, formatWait } from '../../../lib/domain/format-wait';

describe('formatWait', () => {
  it('shows a ticking clock under an hour', () => {
    expect(formatWait(252, 'ru')).toBe('4:12');
    expect(formatWait(252, 'en')).toBe('4:12');
    expect(formatWait(0, 'ru')).toBe('0:00');
    expect(formatWait(3599, 'en')).toBe('59:59');
  });

  it('drops fractions of a second', () => {
    expect(formatWait(59.9, 'ru')).toBe('0:59');
  });

  it('shows hours and minutes from an hour on', () => {
    expect(formatWait(3600, 'ru')).toBe('1 ч 00 мин');
    expect(formatWait(3900, 'ru')).toBe('1 ч 05 мин');
    expect(formatWait(3900, 'en')).toBe('1 h 05 min');
  });

  it('shows days and hours from a day on', () => {
    expect(formatWait(183_600, 'ru')).toBe('2 д 03 ч');
    expect(formatWait(183_600, 'en')).toBe('2 d 03 h');
  });

  it('never shows a negative wait', () => {
    expect(formatWait(-5, 'ru')).toBe('0:00');
  });
});

describe('describeWait', () => {
  it('says the wait in Russian words', () => {
    expect(describeWait(252, 'ru')).toBe('4 минуты 12 секунд');
    expect(describeWait(61, 'ru')).toContain('минута');
  });

  it('says the wait in English words', () => {
    expect(describeWait(252, 'en')).toBe('4 minutes 12 seconds');
    expect(describeWait(60, 'en')).toContain('minute');
  });

  it('leaves out seconds once the wait is counted in hours', () => {
    expect(describeWait(3905, 'en')).toBe('1 hour 5 minutes');
    expect(describeWait(183_600, 'ru')).toBe('2 дня 3 часа');
  });

  it('declines Russian units as people say them', () => {
    expect(describeWait(21 * 60, 'ru')).toBe('21 минута');
    expect(describeWait(11 * 60, 'ru')).toBe('11 минут');
    expect(describeWait(22 * 60 + 1, 'ru')).toBe('22 минуты 1 секунда');
    expect(describeWait(5 * 86_400 + 3600, 'ru')).toBe('5 дней 1 час');
    expect(describeWait(86_400 + 5 * 3600, 'en')).toBe('1 day 5 hours');
  });

  it('says zero rather than nothing', () => {
    expect(describeWait(0, 'en')).toBe('0 seconds');
    expect(describeWait(-3, 'ru')).toBe('0 секунд');
  });
});
