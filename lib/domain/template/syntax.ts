/**
 * Template syntax (documented in README, "Templates"):
 *
 *   {name}  {firstName}  {operator}          values from the page and the settings
 *   {greeting}                               time-of-day greeting
 *   {today} {tomorrow} {date+3}              dates ("25 ноября" / "25 November")
 *   {weekday+1} {onWeekday+1}                "среда" / "в среду", "Wednesday" / "on Wednesday"
 *   {firstName|друг}                         a fallback when the value is unknown
 *   [[order: Номер заказа]]                  a fill-in the operator types before insertion
 *   [[how: Как доставить = курьер / самовывоз]]   a fill-in with choices
 *   {cursor}                                 where the caret goes after insertion
 *   \{ \} \[                                 a literal brace or bracket
 *
 * A brace is always syntax: one that is not part of a variable (`Hello {name, how`,
 * `{ name }`, `name}`, `{{name}}`) is a problem, as is a `[[` never closed, so a
 * typo never reaches a customer as raw text.
 */
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: VariableName; offset: number; fallback: string | null; raw: string }
  | { kind: 'fill'; id: string; label: string; choices: string[] | null; raw: string }
  | { kind: 'cursor' };

export const variableNames = [
  'name',
  'firstName',
  'operator',
  'greeting',
  'today',
  'tomorrow',
  'date',
  'weekday',
  'onWeekday',
] as const;
export type VariableName = (typeof variableNames)[number];

/** Only these take a day offset (+N / -N). */
const dated: ReadonlySet<string> = new Set(['date', 'weekday', 'onWeekday']);

export interface SyntaxProblem {
  raw: string;
  problem: SyntaxProblemCode;
}

export type SyntaxProblemCode =
  | 'unknownVariable'
  | 'badFill'
  /** `{` with no `}` after it on its line. */
  | 'unclosedBrace'
  /** `}` that closes nothing. */
  | 'strayBrace'
  /** `{…}` that is not a variable: `{ name }`, `{name, how are you}`, `{}`. */
  | 'badBrace'
  /** Another tool's `{{name}}`. */
  | 'doubleBrace'
  /** `[[` with no `]]` after it. */
  | 'unclosedFill';

const TOKEN = /\\([{}[])|\{\{([^{}\n]*)\}\}|\{([a-zA-Z]+)([+-]\d{1,3})?(?:\|([^}]*))?\}|\[\[([^\]]*)\]\]/g;

/** What the operator sees of a problem: the text from `at` to the next space, cut short. */
function wordAt(body: string, at: number): string {
  const word = /^\S{1,24}/.exec(body.slice(at))?.[0] ?? body.charAt(at);
  return word.length === 24 ? `${word}…` : word;
}

/** The text before a stray `}` up to the previous space, with the brace. */
function wordEndingAt(body: string, at: number): string {
  const word = /\S{0,23}$/.exec(body.slice(0, at + 1))?.[0] ?? body.charAt(at);
  return word.length === 24 ? `…${word}` : word;
}

/** Braces and `[[` left in plain text: each is a mistake, never something to send. */
function looseSyntax(body: string, from: number, to: number): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (let at = from; at < to; at += 1) {
    const char = body[at];
    if (char === '{') {
      const closed = /^\{[^{}\n]*\}/.exec(body.slice(at, to));
      if (closed) {
        const raw = closed[0].length > 40 ? `${closed[0].slice(0, 39)}…` : closed[0];
        problems.push({ raw, problem: 'badBrace' });
        at += closed[0].length - 1;
      } else problems.push({ raw: wordAt(body, at), problem: 'unclosedBrace' });
    } else if (char === '}') problems.push({ raw: wordEndingAt(body, at), problem: 'strayBrace' });
    else if (char === '[' && body[at + 1] === '[' && at + 1 < to) {
      problems.push({ raw: wordAt(body, at), problem: 'unclosedFill' });
      at += 1;
    }
  }
  return problems;
}

/** Splits a template into text, variables, fill-ins and the cursor mark; never evaluates anything. */
export function parseTemplate(body: string): { nodes: TemplateNode[]; problems: SyntaxProblem[] } {
  const nodes: TemplateNode[] = [];
  const problems: SyntaxProblem[] = [];
  let last = 0;
  const text = (value: string) => {
    if (value === '') return;
    const previous = nodes.at(-1);
    if (previous?.kind === 'text') previous.text += value;
    else nodes.push({ kind: 'text', text: value });
  };
  for (const match of body.matchAll(TOKEN)) {
    const [raw, escaped, doubled, variable, offset, fallback, fill] = match;
    problems.push(...looseSyntax(body, last, match.index));
    text(body.slice(last, match.index));
    last = match.index + raw.length;
    if (escaped) text(escaped);
    else if (doubled !== undefined) {
      problems.push({ raw, problem: 'doubleBrace' });
      text(raw);
    } else if (variable === 'cursor' && !offset && fallback === undefined) nodes.push({ kind: 'cursor' });
    else if (variable !== undefined) {
      const known =
        (variableNames as readonly string[]).includes(variable) && (!offset || dated.has(variable));
      if (!known) {
        problems.push({ raw, problem: 'unknownVariable' });
        text(raw);
      } else {
        nodes.push({
          kind: 'variable',
          name: variable as VariableName,
          offset: offset ? Number(offset) : 0,
          fallback: fallback ?? null,
          raw,
        });
      }
    } else if (fill !== undefined) {
      const parsed = /^\s*([\p{L}\p{N}_-]+)\s*:\s*([^=]+?)\s*(?:=\s*(.+?)\s*)?$/u.exec(fill);
      if (!parsed) {
        problems.push({ raw, problem: 'badFill' });
        text(raw);
        continue;
      }
      const choices = parsed[3]
        ? parsed[3]
            .split('/')
            .map((choice) => choice.trim())
            .filter(Boolean)
        : null;
      nodes.push({ kind: 'fill', id: parsed[1]!, label: parsed[2]!, choices, raw });
    }
  }
  problems.push(...looseSyntax(body, last, body.length));
  text(body.slice(last));
  return { nodes, problems };
}

/** The fill-ins a template asks for, once each, in order of appearance. */
export function fillFields(nodes: readonly TemplateNode[]) {
  const seen = new Map<string, { id: string; label: string; choices: string[] | null }>();
  for (const node of nodes) {
    if (node.kind === 'fill' && !seen.has(node.id))
      seen.set(node.id, { id: node.id, label: node.label, choices: node.choices });
  }
  return [...seen.values()];
}
