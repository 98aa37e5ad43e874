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
 *   \{ \[                                    a literal brace or bracket
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
  problem: 'unknownVariable' | 'badFill';
}

const TOKEN = /\\([{[])|\{([a-zA-Z]+)([+-]\d{1,3})?(?:\|([^}]*))?\}|\[\[([^\]]*)\]\]/g;

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
    const [raw, escaped, variable, offset, fallback, fill] = match;
    text(body.slice(last, match.index));
    last = match.index + raw.length;
    if (escaped) text(escaped);
    else if (variable === 'cursor' && !offset && fallback === undefined) nodes.push({ kind: 'cursor' });
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
