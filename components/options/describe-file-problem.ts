import type { ProblemPlace, TemplateFileProblem } from '../../lib/domain/template/template-file';
import type { Translate } from '../../lib/i18n/messages';
import { templateProblemKey } from '../../lib/i18n/template-problem-key';

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
  return `${where}${problem.field ? `, ${problem.field}` : ''}: ${t(templateProblemKey[problem.code], params)}`;
}
