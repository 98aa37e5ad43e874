import { describe, expect, it } from 'vitest';
import { isPlaceholderName } from '../../../lib/domain/visitor-name';

describe('names a console shows for a visitor who gave none', () => {
  it.each([
    'Visitor 5531',
    'visitor #12',
    'Visitor-8f3a2c',
    'Guest',
    'Guest 17',
    'Anonymous',
    'Unknown visitor',
    'Customer 4101',
    'Посетитель 1234',
    'Посетитель №77',
    'Гость',
    'Гость 5',
    'Неизвестный посетитель',
    'Без имени',
    'anna.smirnova@example.com',
    '+7 (999) 123-45-67',
    '8 800 555 35 35',
    '#4101',
    '   ',
  ])('%j is a stand-in, not a name', (shown) => {
    expect(isPlaceholderName(shown)).toBe(true);
  });

  it.each([
    'Анна Смирнова',
    'Grace Turner',
    'John Guest',
    'Гостев Иван',
    'Visitorova Maria',
    'Clientele Ltd',
    'Анна (ООО «Ромашка»)',
    'R2D2',
    'Cher',
  ])('%j is a name', (shown) => {
    expect(isPlaceholderName(shown)).toBe(false);
  });
});
