/**
 * Selector building blocks for teach mode (see DESIGN.md, "Site profiles"): a
 * compound selector describing one element, from the class names (stable-classes.ts)
 * and attributes (stable-attributes.ts) worth putting into a profile. Pure DOM, no
 * extension APIs.
 */

import { stableAttributes } from './stable-attributes';
import { stableClasses } from './stable-classes';

/** `[name]` or `[name="value"]`. Values were checked by `quotable`. */
export function attributeSelector(name: string, value?: string): string {
  return value === undefined ? `[${name}]` : `[${name}="${value}"]`;
}

/** `.name` with the characters CSS identifiers cannot hold escaped. */
export function classSelector(name: string): string {
  return `.${escapeIdentifier(name)}`;
}

/** Escapes a CSS identifier (our own, so it works where `CSS.escape` is missing). */
export function escapeIdentifier(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i += 1) {
    const ch = name[i]!;
    const code = ch.charCodeAt(0);
    if (/[A-Za-z_-]/.test(ch) || code >= 0x80) out += ch;
    else if (/\d/.test(ch)) out += i === 0 || (i === 1 && name[0] === '-') ? `\\3${ch} ` : ch;
    else out += `\\${ch}`;
  }
  return out;
}

export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/**
 * A compound selector for one element: its tag plus the stable attributes and
 * non-generated class names that describe it. With `forMany` it describes the
 * element's kind, so it leaves out what only this instance has: ids, per-row
 * values (kept as presence tests such as `[data-id]`) and state modifiers.
 */
export function describeElement(el: Element, options: { forMany: boolean }): string {
  const { forMany } = options;
  const tag = tagOf(el);
  const attributes = stableAttributes(el);
  if (!forMany) {
    const id = attributes.find((attribute) => attribute.name === 'id');
    if (id) return `${tag}#${escapeIdentifier(id.value)}`;
  }
  const parts: string[] = [];
  let used = 0;
  for (const attribute of attributes) {
    if (used >= 2) break;
    if (attribute.name === 'id') continue;
    if (attribute.name.startsWith('aria-') && attribute.volatile && forMany) continue;
    if (attribute.volatile || (forMany && attribute.name.startsWith('data-') && attribute.value === ''))
      parts.push(attributeSelector(attribute.name));
    else parts.push(attributeSelector(attribute.name, attribute.value));
    used += 1;
  }
  const classes = stableClasses(el, { modifiers: !forMany }).slice(0, 2);
  return tag + classes.map(classSelector).join('') + parts.join('');
}
