import { describe, expect, it } from 'vitest';
import { onOneLine } from '../../../lib/domain/template/one-line';

describe('a template in a single-line field', () => {
  it('joins its lines, blank ones and indents included, with one space', () => {
    expect(onOneLine({ text: 'Здравствуйте, Мария!\n\n  Проверю заказ.\r\nСпасибо', cursor: null })).toEqual({
      text: 'Здравствуйте, Мария! Проверю заказ. Спасибо',
      cursor: null,
    });
  });

  it('keeps the {cursor} where it was in the words', () => {
    expect(onOneLine({ text: 'Номер:\n{c}\nспасибо'.replace('{c}', ''), cursor: 7 })).toEqual({
      text: 'Номер: спасибо',
      cursor: 7,
    });
    expect(onOneLine({ text: 'Line one\nTrack: , thanks', cursor: 16 })).toEqual({
      text: 'Line one Track: , thanks',
      cursor: 16,
    });
  });

  it('leaves a one-line text alone', () => {
    expect(onOneLine({ text: 'Hi there', cursor: 3 })).toEqual({ text: 'Hi there', cursor: 3 });
  });
});
