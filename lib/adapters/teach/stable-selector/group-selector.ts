import { tags as landmarkTags } from '../../data/landmark-tags.json';
import { attributeSelector, classSelector, escapeIdentifier, tagOf } from './selector-builder';
import { isVolatileValue, stableAttributes } from './stable-attributes';
import { stableClasses } from './stable-classes';
import { isElement, parentOf, queryAll } from '../safe-dom';

// The selector for a group of look-alike elements: the classes and attributes they
// share, anchored in a scope that finds all of them and nothing else.

/** Landmarks usually present once on a page: anchors for structural selectors. */
const LANDMARK_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(landmarkTags);

/** A compound selector part shared by every member of the group, best first. */
function commonCompounds(group: Element[]): { css: string; what: string }[] {
  const el = group[0]!;
  const tag = tagOf(el);
  const out: { css: string; what: string }[] = [];
  const shared = stableAttributes(el).filter((attribute) =>
    group.every((member) => member.hasAttribute(attribute.name)),
  );
  const sameValue = (name: string, value: string) =>
    group.every((member) => member.getAttribute(name) === value);
  const dataKeys = shared.filter((attribute) => attribute.name.startsWith('data-'));
  const role = shared.find(
    (attribute) => attribute.name === 'role' && sameValue(attribute.name, attribute.value),
  );
  const classes = stableClasses(el, { modifiers: false }).filter((name) =>
    group.every((member) => member.classList.contains(name)),
  );
  const roleCss = role ? attributeSelector('role', role.value) : '';
  for (const attribute of dataKeys) {
    const value =
      !attribute.volatile && sameValue(attribute.name, attribute.value) && attribute.value !== ''
        ? attribute.value
        : undefined;
    // With the role first: `div[data-id]` alone is a common pattern elsewhere on a page.
    if (roleCss)
      out.push({
        css: `${tag}${roleCss}${attributeSelector(attribute.name, value)}`,
        what: `${tag} elements with role ${role!.value} carrying ${attribute.name}`,
      });
    out.push({
      css: `${tag}${attributeSelector(attribute.name, value)}`,
      what: `${tag} elements carrying ${attribute.name}`,
    });
  }
  if (roleCss) out.push({ css: `${tag}${roleCss}`, what: `${tag} elements with role ${role!.value}` });
  for (const name of classes)
    out.push({ css: `${tag}${classSelector(name)}`, what: `${tag} elements of class ${name}` });
  if (classes.length > 1)
    out.push({
      css: `${tag}${classes.map(classSelector).join('')}`,
      what: `${tag} elements of classes ${classes.join(' ')}`,
    });
  for (const attribute of shared) {
    if (attribute.name.startsWith('data-') || attribute.name === 'role' || attribute.name === 'id') continue;
    const value =
      !attribute.volatile && sameValue(attribute.name, attribute.value) ? attribute.value : undefined;
    out.push({
      css: `${tag}${attributeSelector(attribute.name, value)}`,
      what: `${tag} elements with ${attribute.name}`,
    });
  }
  out.push({ css: tag, what: `${tag} elements` });
  return out;
}

/**
 * A description of a container (one element, so its label or id may be used), or
 * null when it has nothing but a plain tag. State modifiers are left out.
 */
function describeContainer(el: Element): string | null {
  const tag = tagOf(el);
  const attributes = stableAttributes(el);
  const id = attributes.find((attribute) => attribute.name === 'id');
  if (id) return `${tag}#${escapeIdentifier(id.value)}`;
  const classes = stableClasses(el, { modifiers: false }).slice(0, 2);
  const best = attributes.find(
    (attribute) =>
      attribute.name !== 'id' &&
      attribute.value !== '' &&
      !/^aria-(labelledby|describedby|controls|owns)$/.test(attribute.name),
  );
  let described = tag + classes.map(classSelector).join('');
  if (best) {
    const byValue = !perInstanceValue(best.name, best.value);
    described += attributeSelector(best.name, byValue ? best.value : undefined);
  }
  return described === tag && !LANDMARK_TAGS.has(tag) ? null : described;
}

/** A container's value is usable unless it is a number or a uuid (a label is fine). */
function perInstanceValue(name: string, value: string): boolean {
  if (name === 'aria-label' || name === 'role') return false;
  return isVolatileValue(value);
}

/**
 * Structural prefixes for selectors under `parent`: `container > ` when the
 * container can be described, then a child-combinator path from the nearest
 * ancestor that is described uniquely (`aside > div > `).
 */
export function scopes(parent: ParentNode, root: ParentNode): { prefix: string; what: string }[] {
  if (!isElement(parent)) return [];
  const out: { prefix: string; what: string }[] = [];
  const own = describeContainer(parent);
  if (own) {
    out.push({ prefix: `${own} > `, what: own });
    out.push({ prefix: `${own} `, what: own });
  }
  const path: string[] = [];
  for (let anchor: Element | null = parent; anchor;) {
    const description = describeContainer(anchor);
    if (description && queryAll(root, description).length === 1) {
      if (anchor !== parent) {
        const prefix = [description, ...path].join(' > ');
        out.push({ prefix: `${prefix} > `, what: description });
      }
      break;
    }
    path.unshift(tagOf(anchor));
    const next = parentOf(anchor);
    if (!isElement(next) || next === root || ['body', 'html'].includes(tagOf(next))) {
      // No unique anchor: the path from the top of this tree is the last resort.
      const top = isElement(next) && tagOf(next) === 'body' ? ['body', ...path] : path;
      out.push({ prefix: `${top.join(' > ')} > `, what: 'the page structure' });
      break;
    }
    anchor = next;
  }
  return out;
}

interface Verified {
  css: string;
  matched: Element[];
  what: string;
  scope: string | null;
  /** Matches outside the group's container. */
  outside: number;
}

/**
 * The best selector for a group of look-alike siblings: it must match every
 * member and nothing outside their container; an exact match of the group wins
 * over one that also takes other children of the container.
 */
export function selectGroup(group: Element[], parent: ParentNode, root: ParentNode): Verified | null {
  const compounds = commonCompounds(group);
  const prefixes = [{ prefix: '', what: '' }, ...scopes(parent, root)];
  let fallback: Verified | null = null;
  let fallbackExtra = Infinity;
  for (const { prefix, what: scopeWhat } of prefixes) {
    for (const compound of compounds) {
      // A bare tag is only useful when scoped.
      if (!prefix && compound.css === tagOf(group[0]!)) continue;
      const css = prefix + compound.css;
      const matched = queryAll(root, css);
      if (!group.every((member) => matched.includes(member))) continue;
      const outside = matched.filter((element) => element.parentNode !== parent).length;
      const extra = matched.length - group.length;
      const verified = { css, matched, what: compound.what, scope: scopeWhat || null, outside };
      if (outside === 0 && extra === 0) return verified;
      // Other children of the same container cost less than matches elsewhere.
      const cost = outside * 1000 + extra;
      if (cost < fallbackExtra) {
        fallback = verified;
        fallbackExtra = cost;
      }
    }
  }
  return fallback;
}

export function describeMatch(result: Verified, noun: string, group: Element[]): string {
  const scope = result.scope ? ` inside ${result.scope}` : '';
  const extra = result.matched.length - group.length;
  let note = '; matches nothing outside the list';
  if (result.outside > 0)
    note = `; it also matches ${result.outside} element(s) outside the list, check them`;
  else if (extra > 0) note = `; it also matches ${extra} other element(s) of the list, check them`;
  return `${result.matched.length} ${noun}: ${result.what}${scope}${note}`;
}
