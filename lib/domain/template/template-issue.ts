import type { z } from '../zod';

/** What can be wrong with one field of a template, whether typed in the editor or read from a file. */
export type TemplateFieldProblemCode =
  'required' | 'too-long' | 'too-many' | 'language' | 'shortcut' | 'wrong-type' | 'invalid';

export interface TemplateFieldProblem {
  code: TemplateFieldProblemCode;
  params: Record<string, string | number>;
}

/** A zod issue about a template in the operator's terms; `raw` is the value that was checked. */
export function templateFieldProblem(
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
): TemplateFieldProblem {
  const at = (code: TemplateFieldProblemCode, params: Record<string, string | number> = {}) => ({
    code,
    params,
  });
  const key = issue.path[0];
  if (key === 'language' && issue.code === 'invalid_value')
    return raw.language === '' ? at('required') : at('language', { value: String(raw.language) });
  if (key === 'shortcut' && issue.code === 'invalid_format')
    return at('shortcut', { value: String(raw.shortcut) });
  if (issue.code === 'invalid_type') {
    const missing = issue.path.length === 1 && raw[String(key)] === undefined;
    return missing ? at('required') : at('wrong-type', { expected: issue.expected });
  }
  if (issue.code === 'too_small' && Number(issue.minimum) <= 1) return at('required');
  if (issue.code === 'too_big')
    return issue.origin === 'array'
      ? at('too-many', { max: Number(issue.maximum) })
      : at('too-long', { max: Number(issue.maximum) });
  return at('invalid', { reason: issue.message });
}
