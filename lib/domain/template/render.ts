import { isPlaceholderName } from '../visitor-name';
import type { Locale } from '../locale';
import { dayAndMonth, greeting, onWeekday, weekday } from './calendar-words';
import { findPlaceholders } from './placeholder-guard';
import {
  fillFields,
  parseTemplate,
  type SyntaxProblem,
  type SyntaxProblemCode,
  type TemplateNode,
} from './syntax';

export interface RenderContext {
  /** The customer's full name as the page shows it; null when unknown. */
  name: string | null;
  /** The operator's name from the settings; empty when not set. */
  operator: string;
  /** What the operator typed for each fill-in, by id. */
  fills: Readonly<Record<string, string>>;
  now: number;
  locale: Locale;
}

export type Missing =
  | { kind: 'variable'; token: string; variable: string }
  | { kind: 'fill'; token: string; id: string; label: string }
  | { kind: 'placeholder'; token: string }
  /** A mistake in the template itself (an unclosed `{`, say), kept in the text as written. */
  | { kind: 'syntax'; token: string; problem: SyntaxProblemCode };

export interface Rendered {
  text: string;
  /** Caret position after insertion (the {cursor} mark), or null for the end. */
  cursor: number | null;
  /** Why this text must not be inserted yet; empty when it is ready. */
  missing: Missing[];
  problems: SyntaxProblem[];
  fields: ReturnType<typeof fillFields>;
}

/** "Мария" from "Мария Иванова"; a single word is its own first name. */
export function firstNameOf(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** The customer's name, unless the console shows a stand-in ("Visitor 5531", an e-mail): then none. */
function realName(name: string | null): string | null {
  const trimmed = name?.trim();
  return trimmed && !isPlaceholderName(trimmed) ? trimmed : null;
}

function valueOf(node: Extract<TemplateNode, { kind: 'variable' }>, context: RenderContext): string | null {
  const { now, locale, offset } = { ...context, offset: node.offset };
  switch (node.name) {
    case 'name':
      return realName(context.name);
    case 'firstName':
      return firstNameOf(realName(context.name));
    case 'operator':
      return context.operator.trim() || null;
    case 'greeting':
      return greeting(now, locale);
    case 'today':
      return dayAndMonth(now, 0, locale);
    case 'tomorrow':
      return dayAndMonth(now, 1, locale);
    case 'date':
      return dayAndMonth(now, offset, locale);
    case 'weekday':
      return weekday(now, offset, locale);
    case 'onWeekday':
      return onWeekday(now, offset, locale);
  }
}

/**
 * Renders a template with this customer's values. Pure and eval-free. The result
 * says what is still missing: a mistake in the template's syntax, an unknown value
 * without a fallback, an empty fill-in, or any placeholder-looking text (ours or
 * another tool's) left over.
 */
export function renderTemplate(body: string, context: RenderContext): Rendered {
  const { nodes, problems } = parseTemplate(body);
  const missing: Missing[] = [];
  for (const { raw, problem } of problems) {
    if (!missing.some((item) => item.token === raw)) missing.push({ kind: 'syntax', token: raw, problem });
  }
  let text = '';
  let cursor: number | null = null;
  for (const node of nodes) {
    if (node.kind === 'text') text += node.text;
    else if (node.kind === 'cursor') cursor ??= text.length;
    else if (node.kind === 'variable') {
      const value = valueOf(node, context) ?? node.fallback;
      if (value === null) {
        missing.push({ kind: 'variable', token: node.raw, variable: node.name });
        text += node.raw;
      } else text += value;
    } else {
      const value = context.fills[node.id]?.trim();
      if (!value) {
        missing.push({ kind: 'fill', token: node.raw, id: node.id, label: node.label });
        text += node.raw;
      } else text += value;
    }
  }
  const reported = new Set(missing.map((m) => m.token));
  for (const token of findPlaceholders(text)) {
    if (!reported.has(token)) missing.push({ kind: 'placeholder', token });
  }
  return { text, cursor, missing, problems, fields: fillFields(nodes) };
}
