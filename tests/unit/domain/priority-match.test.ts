import { describe, expect, it } from 'vitest';
import { matchKeywords, matchVip, normaliseText } from '../../../lib/domain/priority-match';

const row = (patch: Partial<{ name: string | null; vipMarker: boolean; rowText: string }> = {}) => ({
  name: null,
  vipMarker: false,
  rowText: '',
  ...patch,
});

describe('normaliseText', () => {
  it('folds case, ё and runs of spaces', () => {
    expect(normaliseText('  Верните  ЁЛКУ\n ')).toBe('верните елку');
  });
});

describe('matchKeywords', () => {
  it('finds stems inside words', () => {
    expect(matchKeywords('Пишу жалобу на курьера', ['жалоб', 'возврат'])).toEqual(['жалоб']);
  });

  it('ignores case and treats ё as е on both sides', () => {
    expect(matchKeywords('ОТМЁНА заказа', ['отмен'])).toEqual(['отмен']);
    expect(matchKeywords('отмена заказа', ['отмён'])).toEqual(['отмён']);
  });

  it('matches phrases across extra spaces', () => {
    expect(matchKeywords('I want my  money\nback', ['money back'])).toEqual(['money back']);
  });

  it('returns every keyword found', () => {
    expect(matchKeywords('Refund or I complain', ['refund', 'complain', 'chargeback'])).toEqual([
      'refund',
      'complain',
    ]);
  });

  it('finds nothing in empty text and ignores empty keywords', () => {
    expect(matchKeywords('', ['refund'])).toEqual([]);
    expect(matchKeywords('anything', ['', '  '])).toEqual([]);
  });
});

describe('matchVip', () => {
  it("the desk's marker is a reason", () => {
    expect(matchVip(row({ vipMarker: true }), [])).toEqual(['marker']);
  });

  it('a list entry equal to the customer name, whatever the case or ё', () => {
    expect(matchVip(row({ name: 'Алена Петрова' }), ['алёна петрова'])).toEqual(['vip:алёна петрова']);
    expect(matchVip(row({ name: 'Алена Петровская' }), ['Алена Петрова'])).toEqual([]);
  });

  it('a list entry shown as a word on the row', () => {
    expect(matchVip(row({ rowText: 'Анна · VIP · 12:30' }), ['VIP'])).toEqual(['vip:VIP']);
    expect(matchVip(row({ rowText: 'Анна [premium]' }), ['Premium'])).toEqual(['vip:Premium']);
  });

  it('not inside another word', () => {
    expect(matchVip(row({ name: 'Vipul', rowText: 'Vipul 12:30' }), ['VIP'])).toEqual([]);
    expect(matchVip(row({ rowText: 'Анна VIP2' }), ['VIP'])).toEqual([]);
  });

  it('a later whole-word occurrence still counts', () => {
    expect(matchVip(row({ rowText: 'Vipul VIP' }), ['VIP'])).toEqual(['vip:VIP']);
  });

  it('lists every reason', () => {
    expect(
      matchVip(row({ vipMarker: true, name: 'Boris', rowText: 'Boris Gold' }), ['boris', 'gold', 'silver']),
    ).toEqual(['marker', 'vip:boris', 'vip:gold']);
  });
});
