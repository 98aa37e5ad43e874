import Papa from 'papaparse';

/**
 * CSV the way spreadsheet users need it (RFC 4180: comma, CRLF, quotes doubled),
 * for template and statistics files alike.
 *
 * - A UTF-8 byte-order mark goes first, or Excel reads Russian text as mojibake.
 * - A cell that starts with = + - @ tab or CR would be run as a formula by a
 *   spreadsheet (CSV injection: customer-influenced text can reach a cell), so it
 *   gets a leading apostrophe, which spreadsheets show as plain text. `parseCsv`
 *   removes exactly that apostrophe again, so our own files round-trip.
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// A comma, quote or line break needs quotes; so does an edge space, which some readers trim.
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/** One cell as written in a CSV record: neutralised, quoted when needed. */
export function csvField(value: CsvCell): string {
  // The common cells of a big export, without the two pattern tests.
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && value >= 0) return String(value);
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const LINES_PER_CHUNK = 1000;

/**
 * Rows (the first usually the header) to CSV text, BOM included: the one CSV
 * writer, for templates, statistics and team files. Written by hand rather than
 * by Papa.unparse: a statistics export has 100,000 rows and a plain loop is
 * several times faster. Rows may be produced lazily (a generator), and lines
 * are joined a thousand at a time, so a big export leaves short-lived garbage
 * rather than a heap of string pieces.
 */
export function toCsv(rows: Iterable<readonly CsvCell[]>): string {
  const chunks: string[] = [];
  let lines: string[] = [];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i += 1) line += i === 0 ? csvField(row[i]) : `,${csvField(row[i])}`;
    lines.push(line);
    if (lines.length === LINES_PER_CHUNK) {
      chunks.push(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(`${lines.join('\r\n')}\r\n`);
  return CSV_BOM + chunks.join('');
}

export interface CsvParseResult {
  /** Data rows, keyed by the header's (trimmed) column names. */
  readonly rows: Record<string, string>[];
  readonly columns: string[];
  /** Problems with their 1-based record number, the header being record 1: an unclosed quote, a short row. */
  readonly errors: { record: number; message: string }[];
}

function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Excel with Russian (and most European) regional settings saves "CSV" with
 * semicolons, because the comma is their decimal mark. The header row decides:
 * semicolons and not a single comma there mean a semicolon file.
 */
function delimiterOf(input: string): ',' | ';' {
  const header = input.slice(0, input.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** Parses CSV with a header row. A BOM, CRLF or LF, blank lines and semicolon files are all accepted. */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: delimiterOf(input), skipEmptyLines: 'greedy' });
  const [header = [], ...body] = parsed.data;
  const columns = header.map((name) => name.trim());
  const errors = parsed.errors.map((error) => ({
    // Papa counts records from 0, the header included.
    record: (error.row ?? 0) + 1,
    message: error.message,
  }));
  body.forEach((cells, index) => {
    if (cells.length !== columns.length) {
      errors.push({
        record: index + 2,
        message: `has ${cells.length} cells, the header has ${columns.length}`,
      });
    }
  });
  const rows = body.map((cells) =>
    Object.fromEntries(columns.map((name, index) => [name, restoreCell(cells[index] ?? '')])),
  );
  return { rows, columns, errors };
}
