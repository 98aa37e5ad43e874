import { type FieldNamer, findRepeats, titleOf, validateEntry } from './template-entry-check';
import {
  fileProblem,
  type IncomingTemplate,
  type ParsedTemplateFile,
  type ProblemPlace,
  TEMPLATE_FILE_KIND,
  TEMPLATE_FILE_VERSION,
  type TemplateFile,
  type TemplateFileProblem,
} from './template-file';

// Reading our own JSON template file, or a bare list of templates.

export function parseJson(text: string): ParsedTemplateFile {
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
