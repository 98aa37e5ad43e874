import { toCsv } from '../csv';
import type { Locale } from '../locale';
import type { Template } from './template';
import type { TemplateFieldProblemCode } from './template-issue';

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

export const fileProblem = (
  code: TemplateFileProblemCode,
  params: Record<string, string | number> = {},
  field: string | null = null,
): TemplateFileProblem => ({ place: FILE, field, code, params });

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

export const VARIANT_COLUMN = /^variant\s*(\d+)$/;

export const MAX_VARIANTS = 10;

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
