import { z } from '../zod';
import { shortcutSchema, templateSchema } from './template';
import type { IncomingTemplate, ProblemPlace, TemplateFileProblem } from './template-file';
import { templateFieldProblem } from './template-issue';

// Checks every template a file brings, JSON or CSV alike: each entry against the
// template's own rules, and the whole list for the same id or shortcut twice.

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

export type FieldNamer = (path: readonly PropertyKey[]) => string;

/** A zod issue in the operator's terms: where, which field, what is wrong. */
const problemOf = (
  issue: z.core.$ZodIssue,
  place: ProblemPlace,
  fieldOf: FieldNamer,
  raw: Record<string, unknown>,
): TemplateFileProblem => ({ place, field: fieldOf(issue.path), ...templateFieldProblem(issue, raw) });

export function validateEntry(
  raw: Record<string, unknown>,
  place: ProblemPlace,
  fieldOf: FieldNamer,
): { ok: true; template: IncomingTemplate } | { ok: false; problems: TemplateFileProblem[] } {
  const parsed = incomingSchema.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemOf(issue, place, fieldOf, raw)) };
}

/** Two templates of one file with the same id, or the same shortcut in one language, are a mistake in the file. */
export function findRepeats(
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

export const titleOf = (raw: Record<string, unknown>) =>
  typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : null;
