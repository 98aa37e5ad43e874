import { tags as semanticTags } from '../data/semantic-tags.json';
import type { Generalised } from './rows';
import { attributeSelector, classSelector, tagOf } from './stable-selector/selector-builder';
import { stableAttributes } from './stable-selector/stable-attributes';
import { isModifierClass, stableClasses } from './stable-selector/stable-classes';
import { containsAcross } from '../shadow-path';
import { findIn, queryAll } from './safe-dom';

// Teach mode for a part inside a row (the customer's name, the unread marker, a time):
// the selector that finds the same part in every row.

/** Tags that say what an element holds, worth a selector of their own inside a row. */
const SEMANTIC_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(semanticTags);

/** Tag path from `row` down to `el`: `:scope > div > span`. */
function structuralPath(row: Element, el: Element): string[] {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== row; node = node.parentElement)
    steps.unshift(tagOf(node));
  return steps;
}

interface InsideCandidate {
  css: string;
  what: string;
  /** Built from tags and positions only: the last resort. */
  structural?: boolean;
}

function insideCandidates(target: Element, row: Element): InsideCandidate[] {
  const tag = tagOf(target);
  const out: InsideCandidate[] = [];
  for (const name of stableClasses(target, { modifiers: false }))
    out.push({ css: classSelector(name), what: `the element of class ${name}` });
  // A marker only some rows carry is often named like a state (`pill-new`, `badge--unread`).
  for (const name of stableClasses(target).filter((name) => isModifierClass(name)))
    out.push({ css: classSelector(name), what: `the element of class ${name}` });
  for (const attribute of stableAttributes(target)) {
    if (attribute.name === 'id') continue;
    if (!attribute.volatile && attribute.value !== '')
      out.push({
        css: `${tag}${attributeSelector(attribute.name, attribute.value)}`,
        what: `the ${tag} with ${attribute.name}="${attribute.value}"`,
      });
    out.push({
      css: `${tag}${attributeSelector(attribute.name)}`,
      what: `the ${tag} carrying ${attribute.name}`,
    });
  }
  if (tag === 'time' && target.hasAttribute('datetime'))
    out.push({ css: 'time[datetime]', what: 'the time element with its datetime' });
  if (SEMANTIC_TAGS.has(tag)) out.push({ css: tag, what: `the ${tag} element` });
  // A named ancestor inside the row and the tag: ".meta span".
  for (let ancestor = target.parentElement; ancestor && ancestor !== row; ancestor = ancestor.parentElement) {
    const names = stableClasses(ancestor, { modifiers: false });
    if (names.length > 0) {
      out.push({ css: `${classSelector(names[0]!)} ${tag}`, what: `the ${tag} inside .${names[0]}` });
      break;
    }
  }
  // Structure only, for rows whose classes are all generated.
  const steps = structuralPath(row, target);
  if (steps.length > 0) {
    const path = `:scope > ${steps.join(' > ')}`;
    const where = steps.join(' > ');
    out.push({ css: path, what: `the first ${where} under the row`, structural: true });
    out.push({
      css: `${path}:first-of-type`,
      what: `the first ${tag} of its kind at ${where}`,
      structural: true,
    });
    out.push({
      css: `${path}:last-of-type`,
      what: `the last ${tag} of its kind at ${where}`,
      structural: true,
    });
    // Positions, for parts told apart only by their place (a grid's second cell).
    const positional: string[] = [];
    for (let node: Element | null = target; node && node !== row; node = node.parentElement) {
      const step = tagOf(node);
      const kin = node.parentElement
        ? Array.from(node.parentElement.children).filter((sibling) => tagOf(sibling) === step)
        : [node];
      positional.unshift(kin.length > 1 ? `${step}:nth-of-type(${kin.indexOf(node) + 1})` : step);
    }
    const positionalCss = `:scope > ${positional.join(' > ')}`;
    if (positionalCss !== path)
      out.push({
        css: positionalCss,
        what: `the ${tag} at ${positional.join(' > ')} (by position: re-teach if the columns move)`,
        structural: true,
      });
  }
  return out;
}

/**
 * A selector for a part of a row (name, unread badge, preview, time), relative to
 * the row (`row.querySelector(css)`, or the row itself when it matches). `count`
 * is the number of rows in which it finds something.
 */
export function generaliseInside(
  clicked: Element,
  row: Element,
  rowCss: string,
  root: ParentNode,
  options: { inEveryRow?: boolean } = {},
): Generalised | null {
  if (clicked === row || !containsAcross(row, clicked)) return null;
  const rows = queryAll(root, rowCss);
  if (!rows.includes(row)) rows.push(row);
  if (options.inEveryRow) {
    // A part every row has (the name) may be clicked on a formatting wrapper only some rows
    // carry (`<b>` for unread ones): of the elements around it showing the same text, keep
    // the one found in the most rows.
    const text = (clicked.textContent ?? '').trim();
    let best: Generalised | null = null;
    for (let target: Element | null = clicked; target && target !== row; target = target.parentElement) {
      if (!text || (target.textContent ?? '').trim() !== text) break;
      const found = partAt(target, row, rows);
      if (found && (!best || found.count > best.count)) best = found;
    }
    if (best) return best;
  }
  for (let target: Element | null = clicked; target && target !== row; target = target.parentElement) {
    const found = partAt(target, row, rows);
    if (found) return found;
  }
  return null;
}

/** The best selector for `target` as a part of `row`, scored by how many `rows` it finds it in. */
function partAt(target: Element, row: Element, rows: Element[]): Generalised | null {
  const scored = insideCandidates(target, row)
    .filter((candidate) => findIn(row, candidate.css) === target)
    .map((candidate) => {
      const found = rows.filter((each) => findIn(each, candidate.css) !== null);
      // What is found elsewhere should look like what was clicked: its tag, and one of its
      // classes if it has any (the subject's text is not the NEW pill before it).
      const classes = stableClasses(target);
      const alike = found.filter((each) => {
        const other = findIn(each, candidate.css)!;
        return (
          tagOf(other) === tagOf(target) &&
          (classes.length === 0 || classes.some((name) => other.classList.contains(name)))
        );
      });
      return { ...candidate, count: alike.length, found: found.length };
    });
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((candidate) => candidate.count));
  // A named part (a class, an attribute) may be missing from some rows, like an unread
  // badge, and still be right; structure finds "something" everywhere. So the first
  // named candidate wins unless structure finds the part in many more rows.
  const chosen =
    scored.find(
      (candidate) => !candidate.structural && candidate.count > 0 && candidate.count >= best * 0.5,
    ) ?? scored.find((candidate) => candidate.count > 0 && candidate.count >= best * 0.8);
  if (!chosen) return null;
  return {
    css: chosen.css,
    count: chosen.count,
    why: `Taught inside a row: ${chosen.what}; found in ${chosen.count} of ${rows.length} rows`,
  };
}
