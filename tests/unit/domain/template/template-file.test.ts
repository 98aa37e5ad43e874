import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../lib/domain/csv';
import { starterTemplates } from '../../../../lib/domain/template/starter-library';
import { parseTemplateFile } from '../../../../lib/domain/template/parse-template-file';
import {
  templatesToCsv,
  templatesToJson,
  type ParsedTemplateFile,
  type SharedTemplate,
  type TemplateFileProblem,
} from '../../../../lib/domain/template/template-file';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

const refund: SharedTemplate = {
  id: 'tpl-refund',
  title: 'Возврат: «сумма» и сроки',
  language: 'ru',
  shortcut: 'вернём',
  tags: ['деньги', 'возврат'],
  body: '{greeting}, {firstName|там}!\nВернём [[amount: Сумма]] за 3–5 дней, "как обещали", без комиссии.',
  variants: ['Деньги вернутся, {firstName}.\r\nСрок — до 5 дней.', '=SUM(A1) не формула, а текст'],
};
const plain: SharedTemplate = {
  id: 'tpl-hi',
  title: 'Hi',
  language: 'en',
  shortcut: null,
  tags: [],
  body: 'Hello!',
  variants: [],
};

function problems(result: ParsedTemplateFile): TemplateFileProblem[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}
/** A problem in short: "row 4 language language" etc., for compact expectations. */
const brief = (problem: TemplateFileProblem) => {
  const place =
    problem.place.kind === 'row'
      ? `row ${problem.place.row}`
      : problem.place.kind === 'template'
        ? `template ${problem.place.number}`
        : 'file';
  return `${place}${problem.field ? `, ${problem.field}` : ''}: ${problem.code}`;
};
const csv = (...rows: string[][]) => toCsv(rows);

describe('template files: JSON', () => {
  it('round-trips the whole starter library and a template with quotes and line breaks', () => {
    const all = [...starterTemplates, refund, plain];
    const text = templatesToJson(all, T0);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      kind: 'nezabudka-templates',
      version: 1,
      exportedAt: '2026-11-25T09:00:00.000Z',
    });
    const parsed = parseTemplateFile(text, 'library.json');
    expect(parsed).toEqual({ ok: true, format: 'json', templates: all });
  });

  it("carries the reply and not the operator's history (uses, dates)", () => {
    const stored = { ...plain, usageCount: 41, lastUsedAt: T0, createdAt: T0, updatedAt: T0 };
    const [entry] = JSON.parse(templatesToJson([stored], T0)).templates;
    expect(Object.keys(entry).sort()).toEqual([
      'body',
      'id',
      'language',
      'shortcut',
      'tags',
      'title',
      'variants',
    ]);
  });

  it('accepts a bare list of hand-written templates with optional parts left out', () => {
    const parsed = parseTemplateFile(
      JSON.stringify([{ title: ' Thanks ', body: 'Thank you!', language: 'en', shortcut: ';thx' }]),
    );
    expect(parsed).toEqual({
      ok: true,
      format: 'json',
      templates: [
        {
          id: null,
          title: 'Thanks',
          body: 'Thank you!',
          language: 'en',
          shortcut: 'thx',
          tags: [],
          variants: [],
        },
      ],
    });
  });

  it('names the template and the field of every problem, and refuses the whole file', () => {
    const file = {
      kind: 'nezabudka-templates',
      version: 1,
      templates: [
        plain,
        { ...refund, body: '   ', language: 'de' },
        { ...plain, id: 'x', title: 'Many', variants: ['ok', ''], shortcut: 'no spaces please' },
        'not a template',
      ],
    };
    const found = problems(parseTemplateFile(JSON.stringify(file)));
    expect(found.map(brief)).toEqual([
      'template 2, language: language',
      'template 2, body: required',
      'template 3, shortcut: shortcut',
      'template 3, variants[1]: required',
      'template 4: wrong-type',
    ]);
    expect(found[0]).toMatchObject({ place: { title: 'Возврат: «сумма» и сроки' }, params: { value: 'de' } });
  });

  it('names limits that were exceeded', () => {
    const long = { ...plain, title: 'x'.repeat(121), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) };
    const found = problems(parseTemplateFile(JSON.stringify([long])));
    expect(found).toEqual([
      expect.objectContaining({ field: 'title', code: 'too-long', params: { max: 120 } }),
      expect.objectContaining({ field: 'tags', code: 'too-many', params: { max: 20 } }),
    ]);
  });

  it('refuses the same id, or the same shortcut in one language, twice in one file', () => {
    const found = problems(
      parseTemplateFile(
        JSON.stringify([plain, { ...plain, title: 'Again' }, { ...refund }, { ...refund, id: 'other' }]),
      ),
    );
    expect(found.map(brief)).toEqual(['template 2, id: same-id', 'template 4, shortcut: same-shortcut']);
    expect(found[0]!.params).toEqual({ id: 'tpl-hi', other: 1 });
    // The same shortcut in another language is fine.
    expect(parseTemplateFile(JSON.stringify([refund, { ...refund, id: 'en', language: 'en' }])).ok).toBe(
      true,
    );
  });

  it('refuses what is not a template file, with one clear reason', () => {
    const reason = (text: string, name?: string) => problems(parseTemplateFile(text, name)).map(brief);
    expect(reason('{"kind": "nezabudka-templates", "version": 1, "templates": [', 'a.json')).toEqual([
      'file: not-json',
    ]);
    expect(reason(JSON.stringify({ kind: 'nezabudka-site-profiles', version: 1, profiles: [] }))).toEqual([
      'file: profile-file',
    ]);
    expect(reason(JSON.stringify({ hello: 'world' }))).toEqual(['file, kind: foreign-kind']);
    expect(reason(JSON.stringify({ kind: 'nezabudka-templates', version: 2, templates: [plain] }))).toEqual([
      'file, version: newer-version',
    ]);
    expect(reason(JSON.stringify({ kind: 'nezabudka-templates', version: 1, templates: {} }))).toEqual([
      'file, templates: not-a-list',
    ]);
    expect(reason('[]')).toEqual(['file: no-templates']);
    expect(reason('   \n')).toEqual(['file: empty']);
  });

  it('refuses a file over 1 MB before reading it', () => {
    const huge = templatesToJson([{ ...plain, body: 'x'.repeat(4000) }], T0).padEnd(1_000_001, ' ');
    expect(problems(parseTemplateFile(huge, 'big.json')).map(brief)).toEqual(['file: too-large']);
  });
});

describe('template files: CSV', () => {
  it('writes the columns a spreadsheet shows, a column per further wording, and the id last', () => {
    const text = templatesToCsv([refund, plain]);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(
      'title,body,shortcut,tags,language,variant 2,variant 3,id',
    );
    expect(text).toMatch(/\r\nВозврат: «сумма» и сроки,"\{greeting\}, \{firstName\|там\}!\nВернём/);
    expect(text.endsWith('\r\nHi,Hello!,,,en,,,tpl-hi\r\n')).toBe(true);
    // Tags joined with ", " (quoted: the cell holds a comma); the formula-looking wording neutralised.
    expect(text).toContain(',вернём,"деньги, возврат",ru,');
    expect(text).toContain(',"\'=SUM(A1) не формула');
  });

  it('round-trips Russian text, quotes, commas, line breaks and formula-looking wordings', () => {
    const all = [...starterTemplates, refund, plain];
    expect(parseTemplateFile(templatesToCsv(all), 'library.csv')).toEqual({
      ok: true,
      format: 'csv',
      templates: all,
    });
  });

  it('reads a hand-made sheet: any column order and case, no id, RU, ;shortcut, empty wordings skipped', () => {
    const text = csv(
      ['Language', 'Title', 'Body', 'Tags', 'Shortcut', 'Variant 3', 'variant 2'],
      ['RU', 'Жалоба', 'Понимаю вас.', ' жалоба ,, срочно', ';жалоба', 'Третий', ''],
      [' en ', 'Thanks', 'Thank you!', '', '', '', ''],
    );
    const parsed = parseTemplateFile(text);
    expect(parsed).toEqual({
      ok: true,
      format: 'csv',
      templates: [
        {
          id: null,
          title: 'Жалоба',
          body: 'Понимаю вас.',
          language: 'ru',
          shortcut: 'жалоба',
          tags: ['жалоба', 'срочно'],
          variants: ['Третий'],
        },
        {
          id: null,
          title: 'Thanks',
          body: 'Thank you!',
          language: 'en',
          shortcut: null,
          tags: [],
          variants: [],
        },
      ],
    });
  });

  it('reads the semicolon CSV that Excel saves with Russian settings', () => {
    const text = '\uFEFFtitle;body;language\r\nПривет;"Здравствуйте; чем помочь?";ru\r\n';
    const parsed = parseTemplateFile(text, 'шаблоны.csv');
    expect(parsed.ok && parsed.templates[0]!.body).toBe('Здравствуйте; чем помочь?');
  });

  it('names the row (as the spreadsheet numbers it) and the column of every problem', () => {
    const text = csv(
      ['title', 'body', 'shortcut', 'language', 'variant 2'],
      ['Fine', 'Body', 'fine', 'en', ''],
      ['Two\nlines', 'A body\nthat spans\nlines', '', 'en', ''],
      ['Bad language', 'Body', '', 'de', ''],
      ['', 'No title', 'a b', '', 'x'.repeat(5001)],
    );
    const found = problems(parseTemplateFile(text, 'team.csv'));
    expect(found.map(brief)).toEqual([
      'row 4, language: language',
      'row 5, title: required',
      'row 5, language: required',
      'row 5, shortcut: shortcut',
      'row 5, variant 2: too-long',
    ]);
    expect(found[0]).toMatchObject({ place: { row: 4, title: 'Bad language' }, params: { value: 'de' } });
  });

  it('refuses a row with too few or too many cells once, and an unclosed quote', () => {
    const text = 'title,body,language\r\nOne,Body,en\r\nTwo,Body\r\nThree,Body,en,extra\r\n';
    expect(problems(parseTemplateFile(text, 'x.csv')).map(brief)).toEqual([
      'row 3: cell-count',
      'row 4: cell-count',
    ]);
    const unclosed = 'title,body,language\r\nOne,"Body,en\r\n';
    expect(problems(parseTemplateFile(unclosed, 'x.csv')).map((p) => p.code)).toContain('csv-syntax');
  });

  it('refuses unknown, repeated and missing columns, naming them', () => {
    const found = problems(
      parseTemplateFile(csv(['title', 'shortct', 'title', 'variant 12'], ['a', 'b', 'c', 'd'])),
    );
    expect(found.map(brief)).toEqual([
      'file, shortct: unknown-column',
      'file, title: repeated-column',
      'file, variant 12: unknown-column',
      'file, body: missing-column',
      'file, language: missing-column',
    ]);
  });

  it('refuses the same shortcut twice in one language, naming both rows', () => {
    const found = problems(
      parseTemplateFile(
        csv(['title', 'body', 'shortcut', 'language'], ['A', 'a', 'hi', 'en'], ['B', 'b', 'hi', 'en']),
      ),
    );
    expect(found).toEqual([
      {
        place: { kind: 'row', row: 3, title: 'B' },
        field: 'shortcut',
        code: 'same-shortcut',
        params: { shortcut: 'hi', other: 2 },
      },
    ]);
  });

  it('refuses a workbook, a file that is not UTF-8, and a sheet with no rows', () => {
    const codes = (text: string, name: string) => problems(parseTemplateFile(text, name)).map((p) => p.code);
    expect(codes('PK\u0003\u0004\u0000\u0000[Content_Types].xml', 'templates.xlsx')).toEqual(['binary']);
    expect(codes('title,body,language\r\n\uFFFD\uFFFD\uFFFD,text,ru\r\n', 'cp1251.csv')).toEqual([
      'not-utf8',
    ]);
    expect(codes('title,body,language\r\n', 'empty.csv')).toEqual(['no-templates']);
  });
});
