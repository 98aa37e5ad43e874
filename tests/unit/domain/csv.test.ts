import { describe, expect, it } from 'vitest';
import { CSV_BOM, neutraliseCell, parseCsv, toCsv } from '../../../lib/domain/csv';

describe('toCsv', () => {
  it('starts with a BOM and ends records with CRLF, so Excel opens Russian text correctly', () => {
    const csv = toCsv([
      ['title', 'body'],
      ['Привет', 'Здравствуйте!'],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('title,body\r\nПривет,Здравствуйте!\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a, b', 'say "hi"', 'one\ntwo']]).slice(1)).toBe('"a, b","say ""hi""","one\ntwo"\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell(42)).toBe('42');
    expect(neutraliseCell(null)).toBe('');
    expect(toCsv([['=HYPERLINK("http://x")']]).slice(1)).toBe('"\'=HYPERLINK(""http://x"")"\r\n');
  });

  it('writes nothing but the BOM for no rows', () => {
    expect(toCsv([])).toBe(CSV_BOM);
  });

  it('writes rows made one at a time, every record whole across its thousand-line chunks', () => {
    function* rows() {
      yield ['n', 'sign'];
      for (let n = 1; n <= 2500; n += 1) yield [n, n % 2 ? -n : null];
    }
    const records = toCsv(rows()).slice(1).split('\r\n');
    expect(records).toHaveLength(2502);
    expect(records[1000]).toBe('1000,');
    expect(records[1001]).toBe("1001,'-1001");
    expect(records.at(-2)).toBe('2500,');
    expect(records.at(-1)).toBe('');
    expect(parseCsv(toCsv(rows())).rows[2499]).toEqual({ n: '2500', sign: '' });
  });
});

describe('parseCsv', () => {
  it('reads what toCsv wrote, neutralised cells included', () => {
    const rows = [
      ['title', 'body', 'tags'],
      ['Возврат', '- номер заказа\n- e-mail', 'refund, money'],
      ['Formula', '=2+2', '@team'],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toEqual(['title', 'body', 'tags']);
    expect(parsed.rows).toEqual([
      { title: 'Возврат', body: '- номер заказа\n- e-mail', tags: 'refund, money' },
      { title: 'Formula', body: '=2+2', tags: '@team' },
    ]);
  });

  it('accepts LF files without a BOM, trims header names and skips blank lines', () => {
    const parsed = parseCsv(' title , body\nHi,Hello\n\n');
    expect(parsed.columns).toEqual(['title', 'body']);
    expect(parsed.rows).toEqual([{ title: 'Hi', body: 'Hello' }]);
  });

  it('reads the semicolon files Excel writes with Russian regional settings', () => {
    const parsed = parseCsv('title;body;tags\r\nВозврат;"Сумма: 1,5 тыс.; срок — 3 дня";деньги, возврат\r\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { title: 'Возврат', body: 'Сумма: 1,5 тыс.; срок — 3 дня', tags: 'деньги, возврат' },
    ]);
    // A comma in the header keeps the comma, whatever the cells hold.
    expect(parseCsv('title,body\nA;B,C\n').rows).toEqual([{ title: 'A;B', body: 'C' }]);
  });

  it('names the record with the wrong number of cells', () => {
    const parsed = parseCsv('title,body\nA,a\nB\n');
    expect(parsed.errors).toEqual([{ record: 3, message: 'has 1 cells, the header has 2' }]);
  });

  it('reports an unclosed quote', () => {
    expect(parseCsv('title,body\nA,"never closed\n').errors.length).toBeGreaterThan(0);
  });
});
