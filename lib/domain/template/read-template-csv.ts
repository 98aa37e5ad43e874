import { parseCsv } from '../csv';
import { type FieldNamer, findRepeats, titleOf, validateEntry } from './template-entry-check';
import {
  CSV_COLUMNS,
  fileProblem,
  type IncomingTemplate,
  MAX_VARIANTS,
  type ParsedTemplateFile,
  type ProblemPlace,
  type TemplateFileProblem,
  VARIANT_COLUMN,
} from './template-file';

// Reading a CSV template file: a header row names the columns, each row is one reply.

const KNOWN_COLUMNS = [...CSV_COLUMNS, 'id', 'variant 2…'].join(', ');

export function parseCsvTemplates(text: string): ParsedTemplateFile {
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
