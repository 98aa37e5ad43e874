import { parseCsvTemplates } from './read-template-csv';
import { parseJson } from './read-template-json';
import {
  fileProblem,
  MAX_TEMPLATE_FILE_BYTES,
  type ParsedTemplateFile,
  type TemplateFileFormat,
  type TemplateFileProblemCode,
} from './template-file';

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
