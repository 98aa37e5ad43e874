import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatStamp,
  formatWait,
  rowTitle,
} from '../../../demo/gallery/dashboard/dashboard-format.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('dashboard wait and age texts', () => {
  it('shows the wait as zero-padded minutes and seconds, hours and days when longer', () => {
    expect(formatWait(6 * MINUTE + 20 * SECOND, 'en')).toBe('06 m. 20 s.');
    expect(formatWait(45 * SECOND, 'en')).toBe('00 m. 45 s.');
    expect(formatWait(-5 * SECOND, 'en')).toBe('00 m. 00 s.');
    expect(formatWait(2 * HOUR + 5 * MINUTE + 9 * SECOND, 'en')).toBe('2 h. 05 m. 09 s.');
    expect(formatWait(DAY + 2 * HOUR + 5 * MINUTE, 'en')).toBe('1 d. 02 h. 05 m.');
    expect(formatWait(6 * MINUTE + 20 * SECOND, 'ru')).toBe('06 мин. 20 сек.');
    expect(formatWait(16 * HOUR + 59 * SECOND, 'ru')).toBe('16 ч. 00 мин. 59 сек.');
  });

  it('shows the last message age in whole units', () => {
    expect(formatAgo(59 * SECOND, 'en')).toBe('just now');
    expect(formatAgo(3 * MINUTE + 59 * SECOND, 'en')).toBe('3 min ago');
    expect(formatAgo(3 * MINUTE, 'ru')).toBe('3 мин назад');
    expect(formatAgo(5 * HOUR + 30 * MINUTE, 'en')).toBe('5 h ago');
    expect(formatAgo(3 * DAY, 'ru')).toBe('3 дн назад');
    expect(formatAgo(0, 'ru')).toBe('только что');
  });

  it('stamps messages with the time today and the date on other days', () => {
    const now = new Date(2025, 2, 3, 18, 0, 0).getTime();
    expect(formatStamp(new Date(2025, 2, 3, 9, 5, 7).getTime(), now, 'en')).toBe('09:05:07');
    expect(formatStamp(new Date(2025, 2, 1, 14, 5, 20).getTime(), now, 'en')).toBe('2025-03-01 14:05:20');
    expect(formatStamp(new Date(2025, 2, 1, 14, 5, 20).getTime(), now, 'ru')).toBe('01.03.2025 14:05:20');
  });

  it('names a row by its chat number and the name as given', () => {
    expect(rowTitle('4101', 'Анна Смирнова', 'en')).toBe('Chat #4101 — Анна Смирнова');
    expect(rowTitle('4112', 'Amelia Hayes (Harbor & Pine)', 'ru')).toBe(
      'Чат #4112 — Amelia Hayes (Harbor & Pine)',
    );
  });
});
