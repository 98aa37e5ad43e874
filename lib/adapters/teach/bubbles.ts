import type { Generalised } from './rows';
import { selectGroup } from './stable-selector/group-selector';
import { isShown } from '../is-shown';
import { findRepeated, MIN_SIBLINGS, similarity, speaksOfSides } from './stable-selector/look-alike';
import { attributeSelector, classSelector, tagOf } from './stable-selector/selector-builder';
import { stableAttributes } from './stable-selector/stable-attributes';
import { isHashedClass, stableClasses } from './stable-selector/stable-classes';
import { containsAcross } from '../shadow-path';
import { matches, queryAll, rootOf } from './safe-dom';

// Teach mode for message bubbles: the selector for one side's bubbles, told apart from
// the other side's by what differs between them.

const BUBBLE_SIMILARITY = 0.3;

interface SideFeature {
  css: string;
  what: string;
  rank: number;
}

/** What sets the clicked bubble apart from bubbles of the other side, best first. */
function sideFeatures(el: Element, group: Element[]): SideFeature[] {
  const out: SideFeature[] = [];
  const notAll = (test: (member: Element) => boolean) => !group.every(test);
  const sideBonus = (text: string) => (speaksOfSides(text) ? 0 : 10);
  for (const attribute of stableAttributes(el)) {
    if (attribute.name === 'id') continue;
    if (!attribute.volatile && notAll((member) => member.getAttribute(attribute.name) === attribute.value))
      out.push({
        css: attributeSelector(attribute.name, attribute.value),
        what: `${attribute.name}="${attribute.value}"`,
        rank: 1 + sideBonus(`${attribute.name} ${attribute.value}`),
      });
    if (notAll((member) => member.hasAttribute(attribute.name)))
      out.push({
        css: attributeSelector(attribute.name),
        what: `carrying ${attribute.name}`,
        rank: 3 + sideBonus(attribute.name),
      });
  }
  for (const name of Array.from(el.classList)) {
    if (!notAll((member) => member.classList.contains(name))) continue;
    const hashed = isHashedClass(name);
    out.push({
      css: classSelector(name),
      what: hashed ? `generated class ${name} (fragile: re-teach after a helpdesk update)` : `class ${name}`,
      rank: hashed ? 50 : 2 + sideBonus(name),
    });
  }
  // The clicked side may be the plain one: "not the other side's modifier".
  const others = group.filter((member) => member !== el);
  for (const member of others) {
    for (const name of stableClasses(member)) {
      if (el.classList.contains(name)) continue;
      const css = `:not(${classSelector(name)})`;
      if (!out.some((feature) => feature.css === css))
        out.push({ css, what: `without class ${name}`, rank: 5 + sideBonus(name) });
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** The steps from `top` down to `el`, which lies inside it, as child tags (`div > p`). */
function tagPath(top: Element, el: Element): string[] {
  const steps: string[] = [];
  for (let at: Element | null = el; at && at !== top; at = at.parentElement) steps.unshift(tagOf(at));
  return steps;
}

/**
 * The counterpart of the clicked part below a group member: at the same tag path,
 * the element most like it (a bubble's meta line and its text are both `div`s).
 */
function counterpart(member: Element, steps: readonly string[], like: Element): Element | null {
  if (steps.length === 0) return member;
  if (member.contains(like)) return like;
  let best: Element | null = null;
  let bestScore = BUBBLE_SIMILARITY;
  const place = (element: Element) =>
    Array.prototype.indexOf.call(element.parentElement?.children ?? [], element);
  for (const candidate of queryAll(member, `:scope > ${steps.join(' > ')}`)) {
    // Alike first; of look-alikes, the one in the same place.
    const score = similarity(candidate, like) + (place(candidate) === place(like) ? 0.001 : 0);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Message bubbles of the clicked bubble's side: the repeated bubble level (as for
 * rows) narrowed by what only that side carries (`.msg--customer`,
 * `[data-author="customer"]`), on that level or on the element below it that
 * holds the message (`.self-end` on the inner bubble of identical wrappers).
 * Bubbles of hidden panes (other chats' tabs) do not count against a selector.
 * Null when nothing tells the sides apart.
 */
export function generaliseBubbles(clicked: Element): Generalised | null {
  const repeated =
    findRepeated(clicked, BUBBLE_SIMILARITY, MIN_SIBLINGS, 'bubble') ??
    findRepeated(clicked, BUBBLE_SIMILARITY, 1, 'bubble');
  if (!repeated) return null;
  const { el, group, parent } = repeated;
  const root = rootOf(el);
  const base = selectGroup(group, parent, root);
  if (!base) return null;
  // The repeated level first, then each element between it and the click, nearest the level first.
  const levels: Element[] = [];
  for (let at: Element | null = clicked; at && at !== el; at = at.parentElement) levels.unshift(at);
  // A bubble component's parts are in its shadow root: below the host, only the host's own level.
  if (!el.contains(clicked)) levels.length = 0;
  levels.unshift(el);
  // Bubbles of hidden panes (other chats' tabs) do not count against a selector.
  const inList = (element: Element) =>
    group.some((member) => member === element || containsAcross(member, element));
  for (const level of levels.slice(0, 4)) {
    const steps = tagPath(el, level);
    const peers = group
      .map((member) => counterpart(member, steps, level))
      .filter((peer): peer is Element => peer !== null);
    const below = steps.length > 0 ? ` > ${steps.join(' > ')}` : '';
    for (const feature of sideFeatures(level, peers)) {
      const css = `${base.css}${below}${feature.css}`;
      const matched = queryAll(root, css);
      if (!matched.includes(level)) continue;
      const sameSide = peers.filter((peer) => matches(peer, css));
      // It must leave out some bubbles of the group (the other side) and stay in the list.
      if (sameSide.length === peers.length) continue;
      if (matched.some((element) => !inList(element) && isShown(element))) continue;
      return {
        css,
        count: matched.length,
        why: `Message bubbles of the taught side (taught): ${base.what}${
          base.scope ? ` inside ${base.scope}` : ''
        }${below ? ` (the ${steps.at(-1)} inside each)` : ''} with ${feature.what}; ${sameSide.length} of ${
          peers.length
        } bubbles`,
      };
    }
  }
  // Only this side on screen: nothing to compare with, but a class or attribute may name it
  // (`msg-customer`, `data-author="visitor"`). Nothing else is taken on trust.
  for (const level of levels.slice(0, 4)) {
    const steps = tagPath(el, level);
    const below = steps.length > 0 ? ` > ${steps.join(' > ')}` : '';
    const named = [
      ...Array.from(level.classList)
        .filter((name) => speaksOfSides(name) && !isHashedClass(name))
        .map((name) => ({ css: classSelector(name), what: `class ${name}` })),
      ...stableAttributes(level)
        .filter((attribute) => !attribute.volatile && speaksOfSides(`${attribute.name} ${attribute.value}`))
        .map((attribute) => ({
          css: attributeSelector(attribute.name, attribute.value),
          what: `${attribute.name}="${attribute.value}"`,
        })),
    ];
    for (const feature of named) {
      const css = `${base.css}${below}${feature.css}`;
      const matched = queryAll(root, css);
      if (!matched.includes(level) || matched.some((element) => !inList(element) && isShown(element)))
        continue;
      return {
        css,
        count: matched.length,
        why: `Message bubbles of the taught side (taught): ${base.what} with ${feature.what}, which names the side (no bubble of the other side was on screen to compare)`,
      };
    }
  }
  return null;
}
