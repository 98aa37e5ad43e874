import { describe, expect, it } from 'vitest';
import { searchTemplates } from '../../../../lib/domain/template/search';
import type { Template } from '../../../../lib/domain/template/template';
import { makeTemplate } from '../../../fixtures/template';

const t = (id: string, patch: Partial<Template>) => makeTemplate(id, { language: 'ru', ...patch });
const library = [
  t('refund', {
    title: 'Возврат денег',
    shortcut: 'возврат',
    body: 'Вернём [[amount: Сумма]]',
    usageCount: 3,
  }),
  t('wait', {
    title: 'Извините за ожидание',
    shortcut: 'ожидание',
    body: 'Простите, что заставили ждать',
    usageCount: 9,
  }),
  t('pay', {
    title: 'Проблема с оплатой',
    tags: ['оплата', 'деньги'],
    body: 'Проверьте карту',
    usageCount: 1,
  }),
];
const ids = (query: string) => searchTemplates(library, query).map((x) => x.id);

describe('palette search', () => {
  it('finds by shortcut first, with or without the leading ";"', () => {
    expect(ids(';возв')).toEqual(['refund']);
    expect(ids('ожидание')[0]).toBe('wait');
  });

  it('needs every word, looks in tags and text, folds ё', () => {
    expect(ids('деньги')).toEqual(['pay']);
    expect(ids('ден')).toEqual(['refund', 'pay']);
    expect(ids('оплата карту')).toEqual(['pay']);
    expect(ids('оплата ждать')).toEqual([]);
    expect(ids('вернем')).toEqual(['refund']);
  });

  it('lists the most used first for an empty query', () => {
    expect(ids('')).toEqual(['wait', 'refund', 'pay']);
  });

  it('ignores case in both alphabets and shows at most the limit asked for', () => {
    expect(ids('ВОЗВРАТ')).toEqual(['refund']);
    const mixed = [...library, t('en', { title: 'Refund policy', language: 'en', usageCount: 0 })];
    expect(searchTemplates(mixed, 'REFUND').map((x) => x.id)).toEqual(['en']);
    expect(searchTemplates(mixed, '', 2)).toHaveLength(2);
    expect(searchTemplates(mixed, '', Infinity)).toHaveLength(4);
  });
});

describe('typed shortcuts', () => {
  it('finds the ;shortcut just before the caret, and only at a word start', async () => {
    const { shortcutBeforeCaret } = await import('../../../../lib/domain/template/shortcut-token');
    expect(shortcutBeforeCaret('Hello ;refund')).toBe('refund');
    expect(shortcutBeforeCaret(';привет')).toBe('привет');
    expect(shortcutBeforeCaret('price;refund')).toBeNull();
    expect(shortcutBeforeCaret('Hello ;refund now')).toBeNull();
    expect(shortcutBeforeCaret('')).toBeNull();
  });
});
