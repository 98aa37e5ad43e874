import { parseCsv, toCsv } from '../csv';
import type { Locale } from '../locale';
import { z } from '../zod';
import { templateFieldProblem, type TemplateFieldProblemCode } from './template-issue';
import { shortcutSchema, templateSchema, type Template } from './template';

/**
 * Template files: JSON (our own, versioned) and CSV (for spreadsheets).
 *
 * What travels is the reply itself — id, title, language, shortcut, tags, body
 * and the other wordings — and not the operator's own history (usage count, last
 * use, created/updated): a file is usually meant for a colleague, whose library
 * should not start out claiming uses they never made. The id travels so that a
 * second import of an updated file is recognised as the same reply.
 */
export const TEMPLATE_FILE_KIND = 'nezabudka-templates';
export const TEMPLATE_FILE_VERSION = 1;
/** Far larger than any real library (the 16 starters take 12 KB); bigger is refused unread. */
export const MAX_TEMPLATE_FILE_BYTES = 1_000_000;

export type TemplateFileFormat = 'json' | 'csv';

/** A template as a file carries it. `id` is null when the file has none (a hand-made CSV row). */
export interface IncomingTemplate {
  id: string | null;
  title: string;
  language: Locale;
  shortcut: string | null;
  tags: string[];
  body: string;
  variants: string[];
}

export type SharedTemplate = Pick<
  Template,
  'id' | 'title' | 'language' | 'shortcut' | 'tags' | 'body' | 'variants'
>;

export interface TemplateFile {
  kind: typeof TEMPLATE_FILE_KIND;
  version: number;
  exportedAt: string;
  templates: SharedTemplate[];
}

/** Where a problem is: the file as a whole, a CSV row, or a template of a JSON file. */
export type ProblemPlace =
  | { kind: 'file' }
  /** The header is row 1, as a spreadsheet numbers its rows (a cell with line breaks is still one row). */
  | { kind: 'row'; row: number; title: string | null }
  /** Counted from 1, in the order of the file's `templates` list. */
  | { kind: 'template'; number: number; title: string | null };

export type TemplateFileProblemCode =
  | TemplateFieldProblemCode
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'not-json'
  | 'foreign-kind'
  | 'profile-file'
  | 'newer-version'
  | 'not-a-list'
  | 'no-templates'
  | 'csv-syntax'
  | 'cell-count'
  | 'missing-column'
  | 'unknown-column'
  | 'repeated-column'
  | 'same-id'
  | 'same-shortcut';

/**
 * One thing wrong with a file, as data: the options page words it in the
 * operator's language ("row 4, language: "de" is not ru or en").
 */
export interface TemplateFileProblem {
  place: ProblemPlace;
  /** The column (CSV) or property path (JSON), when the problem is in one. */
  field: string | null;
  code: TemplateFileProblemCode;
  params: Record<string, string | number>;
}

export type ParsedTemplateFile =
  | { ok: true; format: TemplateFileFormat; templates: IncomingTemplate[] }
  | { ok: false; format: TemplateFileFormat | null; problems: TemplateFileProblem[] };

const FILE: ProblemPlace = { kind: 'file' };
const fileProblem = (
  code: TemplateFileProblemCode,
  params: Record<string, string | number> = {},
  field: string | null = null,
): TemplateFileProblem => ({ place: FILE, field, code, params });

// ---------------------------------------------------------------- writing

const shared = (template: SharedTemplate): SharedTemplate => ({
  id: template.id,
  title: template.title,
  language: template.language,
  shortcut: template.shortcut,
  tags: [...template.tags],
  body: template.body,
  variants: [...template.variants],
});

export function templatesToJson(templates: readonly SharedTemplate[], now: number): string {
  const file: TemplateFile = {
    kind: TEMPLATE_FILE_KIND,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: templates.map(shared),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The CSV columns, in the order a file is written. */
export const CSV_COLUMNS = ['title', 'body', 'shortcut', 'tags', 'language'] as const;
const variantColumn = (index: number) => `variant ${index + 2}`;
const VARIANT_COLUMN = /^variant\s*(\d+)$/;
const MAX_VARIANTS = 10;

/**
 * One row per template: title, body, shortcut, tags (joined with ", "),
 * language, then a `variant 2`, `variant 3`… column for each further wording
 * (only as many as the longest template needs; "Wording 2" in the editor), and
 * the id last, so that an exported file edited in a spreadsheet and imported
 * again updates the templates it came from. Rows typed by hand leave it empty.
 */
export function templatesToCsv(templates: readonly SharedTemplate[]): string {
  const variantCount = Math.max(0, ...templates.map((template) => template.variants.length));
  const variantColumns = Array.from({ length: variantCount }, (_, index) => variantColumn(index));
  return toCsv([
    [...CSV_COLUMNS, ...variantColumns, 'id'],
    ...templates.map((template) => [
      template.title,
      template.body,
      template.shortcut ?? '',
      template.tags.join(', '),
      template.language,
      ...variantColumns.map((_, index) => template.variants[index] ?? ''),
      template.id,
    ]),
  ]);
}

// ---------------------------------------------------------------- reading

/** Optional parts may be left out of a hand-written entry; a leading ";" on a shortcut is forgiven. */
const incomingSchema = z.object({
  id: templateSchema.shape.id.nullish().transform((id) => id ?? null),
  title: templateSchema.shape.title,
  language: templateSchema.shape.language,
  shortcut: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().replace(/^;/, '') || null : (value ?? null)),
    shortcutSchema.nullable(),
  ),
  tags: templateSchema.shape.tags.default([]),
  body: templateSchema.shape.body,
  variants: templateSchema.shape.variants.default([]),
});

type FieldNamer = (path: readonly PropertyKey[]) => string;

/** A zod issue in the operator's terms: where, which field, what is wrong. */
const problemOf = (
  issue: z.core.$ZodIssue,
  place: ProblemPlace,
  fieldOf: FieldNamer,
  raw: Record<string, unknown>,
): TemplateFileProblem => ({ place, field: fieldOf(issue.path), ...templateFieldProblem(issue, raw) });

function validateEntry(
  raw: Record<string, unknown>,
  place: ProblemPlace,
  fieldOf: FieldNamer,
): { ok: true; template: IncomingTemplate } | { ok: false; problems: TemplateFileProblem[] } {
  const parsed = incomingSchema.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemOf(issue, place, fieldOf, raw)) };
}

/** Two templates of one file with the same id, or the same shortcut in one language, are a mistake in the file. */
function findRepeats(
  templates: readonly IncomingTemplate[],
  places: readonly ProblemPlace[],
  numberOf: (place: ProblemPlace) => number,
): TemplateFileProblem[] {
  const problems: TemplateFileProblem[] = [];
  const ids = new Map<string, ProblemPlace>();
  const shortcuts = new Map<string, ProblemPlace>();
  templates.forEach((template, index) => {
    const place = places[index]!;
    if (template.id !== null) {
      const first = ids.get(template.id);
      if (first)
        problems.push({
          place,
          field: 'id',
          code: 'same-id',
          params: { id: template.id, other: numberOf(first) },
        });
      else ids.set(template.id, place);
    }
    if (template.shortcut !== null) {
      const key = `${template.language}\u0000${template.shortcut}`;
      const first = shortcuts.get(key);
      if (first)
        problems.push({
          place,
          field: 'shortcut',
          code: 'same-shortcut',
          params: { shortcut: template.shortcut, other: numberOf(first) },
        });
      else shortcuts.set(key, place);
    }
  });
  return problems;
}

const titleOf = (raw: Record<string, unknown>) =>
  typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : null;

function parseJson(text: string): ParsedTemplateFile {
  const fail = (...problems: TemplateFileProblem[]): ParsedTemplateFile => ({
    ok: false,
    format: 'json',
    problems,
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(fileProblem('not-json', { reason: error instanceof Error ? error.message : String(error) }));
  }
  let list: unknown;
  if (Array.isArray(raw)) list = raw;
  else if (typeof raw === 'object' && raw !== null) {
    const file = raw as Partial<Record<keyof TemplateFile, unknown>>;
    if (file.kind === 'nezabudka-site-profiles') return fail(fileProblem('profile-file'));
    if (file.kind !== TEMPLATE_FILE_KIND) return fail(fileProblem('foreign-kind', {}, 'kind'));
    if (typeof file.version !== 'number' || file.version > TEMPLATE_FILE_VERSION)
      return fail(fileProblem('newer-version', { version: String(file.version) }, 'version'));
    list = file.templates;
  } else return fail(fileProblem('foreign-kind'));
  if (!Array.isArray(list)) return fail(fileProblem('not-a-list', {}, 'templates'));
  if (list.length === 0) return fail(fileProblem('no-templates'));

  const templates: IncomingTemplate[] = [];
  const places: ProblemPlace[] = [];
  const problems: TemplateFileProblem[] = [];
  list.forEach((entry: unknown, index) => {
    const isObject = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
    const record = isObject ? (entry as Record<string, unknown>) : {};
    const place: ProblemPlace = { kind: 'template', number: index + 1, title: titleOf(record) };
    if (!isObject) {
      problems.push({ place, field: null, code: 'wrong-type', params: { expected: 'object' } });
      return;
    }
    // A JSON path as its author reads it: variants[1], tags[0].
    const fieldOf: FieldNamer = (path) =>
      path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
        .join('');
    const checked = validateEntry(record, place, fieldOf);
    if (checked.ok) {
      templates.push(checked.template);
      places.push(place);
    } else problems.push(...checked.problems);
  });
  problems.push(...findRepeats(templates, places, (place) => (place.kind === 'template' ? place.number : 0)));
  return problems.length ? fail(...problems) : { ok: true, format: 'json', templates };
}

const KNOWN_COLUMNS = [...CSV_COLUMNS, 'id', 'variant 2…'].join(', ');

function parseCsvTemplates(text: string): ParsedTemplateFile {
  const fail = (...problems: TemplateFileProblem[]): ParsedTemplateFile => ({
    ok: false,
    format: 'csv',
    problems,
  });
  const csv = parseCsv(text);
  const columns = csv.columns.map((name) => name.toLowerCase().replace(/\s+/g, ' '));
  const headerProblems: TemplateFileProblem[] = [];
  const seen = new Set<string>();
  const variantIndex = new Map<string, number>();
  for (const column of columns) {
    if (seen.has(column)) headerProblems.push(fileProblem('repeated-column', { column }, column));
    seen.add(column);
    const variant = VARIANT_COLUMN.exec(column);
    if (variant) {
      const n = Number(variant[1]);
      if (n >= 2 && n <= MAX_VARIANTS + 1) variantIndex.set(column, n);
      else headerProblems.push(fileProblem('unknown-column', { column, known: KNOWN_COLUMNS }, column));
    } else if (column !== 'id' && !(CSV_COLUMNS as readonly string[]).includes(column))
      headerProblems.push(
        fileProblem('unknown-column', { column: column || '""', known: KNOWN_COLUMNS }, column),
      );
  }
  for (const required of ['title', 'body', 'language'])
    if (!seen.has(required))
      headerProblems.push(fileProblem('missing-column', { column: required }, required));
  if (headerProblems.length) return fail(...headerProblems);
  if (csv.rows.length === 0) return fail(fileProblem('no-templates'));

  // Rows keyed by the normalised column names.
  const rows = csv.rows.map((row) =>
    Object.fromEntries(csv.columns.map((name, index) => [columns[index]!, row[name] ?? ''])),
  );
  const broken = new Set(csv.errors.map((error) => error.record));
  const problems = csv.errors.map((error): TemplateFileProblem => {
    const place: ProblemPlace = {
      kind: 'row',
      row: error.record,
      title: titleOf(rows[error.record - 2] ?? {}),
    };
    const cells = /^has (\d+) cells/.exec(error.message)?.[1];
    return cells !== undefined
      ? { place, field: null, code: 'cell-count', params: { cells: Number(cells), columns: columns.length } }
      : { place, field: null, code: 'csv-syntax', params: { reason: error.message } };
  });
  const variantColumns = [...variantIndex].sort((a, b) => a[1] - b[1]).map(([column]) => column);
  const templates: IncomingTemplate[] = [];
  const places: ProblemPlace[] = [];
  rows.forEach((row, index) => {
    const place: ProblemPlace = { kind: 'row', row: index + 2, title: titleOf(row) };
    // A row cut short or run together says so once, not once per field it lacks.
    if (broken.has(place.row)) return;
    const variants = variantColumns.map((column) => row[column]!).filter((cell) => cell.trim() !== '');
    const raw: Record<string, unknown> = {
      id: row.id?.trim() || null,
      title: row.title,
      body: row.body,
      shortcut: row.shortcut ?? null,
      tags: (row.tags ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      // Spreadsheet people write RU or " en ".
      language: row.language!.trim().toLowerCase(),
      variants,
    };
    // Column names as the operator sees them in the header.
    const fieldOf: FieldNamer = ([key, sub]) =>
      key === 'variants' && typeof sub === 'number'
        ? (variantColumns.filter((column) => row[column]!.trim() !== '')[sub] ?? 'variant')
        : key === 'variants'
          ? 'variant 2…'
          : String(key);
    const checked = validateEntry(raw, place, fieldOf);
    if (checked.ok) {
      templates.push(checked.template);
      places.push(place);
    } else problems.push(...checked.problems);
  });
  problems.push(...findRepeats(templates, places, (place) => (place.kind === 'row' ? place.row : 0)));
  return problems.length ? fail(...problems) : { ok: true, format: 'csv', templates };
}

/**
 * Reads a template file the operator chose: our JSON (or a bare list of
 * templates), or CSV with a header row. Data only; all or nothing — one bad row
 * refuses the file, with every problem named by row (or template) and field.
 * `fileName` only hints the format; the content decides when it has no clear extension.
 */
export function parseTemplateFile(text: string, fileName = ''): ParsedTemplateFile {
  const extension = /\.(\w+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const content = text.replace(/^\uFEFF/, '');
  const looksJson = extension === 'json' || (extension !== 'csv' && /^\s*[[{]/.test(content));
  const format: TemplateFileFormat = looksJson ? 'json' : 'csv';
  const refuse = (
    code: TemplateFileProblemCode,
    params: Record<string, string | number> = {},
  ): ParsedTemplateFile => ({
    ok: false,
    format,
    problems: [fileProblem(code, params)],
  });
  if (text.length > MAX_TEMPLATE_FILE_BYTES) return refuse('too-large', { limit: '1 MB' });
  // A workbook (.xlsx is a zip) or any other binary file read as text.
  if (content.includes('\u0000')) return refuse('binary');
  // Bytes that are not UTF-8 (a CSV saved as Windows-1251) decode to U+FFFD.
  if (content.includes('\uFFFD')) return refuse('not-utf8');
  if (content.trim() === '') return refuse('empty');
  return looksJson ? parseJson(content) : parseCsvTemplates(content);
}
