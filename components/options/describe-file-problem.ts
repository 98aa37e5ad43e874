import type {
  ProblemPlace,
  TemplateFileProblem,
  TemplateFileProblemCode,
} from '../../lib/domain/template/template-file';
import type { MessageKey, Translate } from '../../lib/i18n/messages';

const messages: Record<TemplateFileProblemCode, MessageKey> = {
  'too-large': 'templatesProblemTooLarge',
  empty: 'templatesProblemEmpty',
  binary: 'templatesProblemBinary',
  'not-utf8': 'templatesProblemNotUtf8',
  'not-json': 'templatesProblemNotJson',
  'foreign-kind': 'templatesProblemForeignKind',
  'profile-file': 'templatesProblemProfileFile',
  'newer-version': 'templatesProblemNewerVersion',
  'not-a-list': 'templatesProblemNotAList',
  'no-templates': 'templatesProblemNoTemplates',
  'csv-syntax': 'templatesProblemCsvSyntax',
  'cell-count': 'templatesProblemCellCount',
  'missing-column': 'templatesProblemMissingColumn',
  'unknown-column': 'templatesProblemUnknownColumn',
  'repeated-column': 'templatesProblemRepeatedColumn',
  required: 'templatesProblemRequired',
  'too-long': 'templatesProblemTooLong',
  'too-many': 'templatesProblemTooMany',
  language: 'templatesProblemLanguage',
  shortcut: 'templatesProblemShortcut',
  'wrong-type': 'templatesProblemWrongType',
  invalid: 'templatesProblemInvalid',
  'same-id': 'templatesProblemSameId',
  'same-shortcut': 'templatesProblemSameShortcut',
};

function placeLabel(place: ProblemPlace, t: Translate): string {
  if (place.kind === 'file') return t('templatesProblemFile');
  const where =
    place.kind === 'row'
      ? t('templatesProblemRow', { row: place.row })
      : t('templatesProblemTemplate', { number: place.number });
  return place.title ? t('templatesProblemTitled', { place: where, title: place.title }) : where;
}

/**
 * A file problem in the operator's language, where first:
 * `row 4 (“Refund”), language: “de” is not ru or en`.
 */
export function describeFileProblem(problem: TemplateFileProblem, t: Translate): string {
  const params = { ...problem.params };
  // "first in row 2": the other place is of the same kind as this one.
  if (problem.code === 'same-id' || problem.code === 'same-shortcut') {
    const other = Number(problem.params.other);
    params.other =
      problem.place.kind === 'row'
        ? t('templatesProblemRow', { row: other })
        : t('templatesProblemTemplate', { number: other });
  }
  const where = placeLabel(problem.place, t);
  return `${where}${problem.field ? `, ${problem.field}` : ''}: ${t(messages[problem.code], params)}`;
}
