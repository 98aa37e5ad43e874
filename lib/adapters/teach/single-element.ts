import { names as controlAttributes } from '../data/control-attributes.json';
import type { Generalised } from './rows';
import { scopes } from './stable-selector/group-selector';
import { isShown } from '../is-shown';
import {
  attributeSelector,
  classSelector,
  escapeIdentifier,
  tagOf,
} from './stable-selector/selector-builder';
import { isVolatileValue, stableAttributes } from './stable-selector/stable-attributes';
import { stableClasses } from './stable-selector/stable-classes';
import { parentOf, queryAll, rootOf } from './safe-dom';

// Teach mode for one element of the page: the reply box, the Send button.

/** Attributes that say what a control is, whatever state it is in. */
const CONTROL_ATTRIBUTES = controlAttributes;

/** What the operator meant by a click on a control's part: the icon inside Send is the button. */
function controlOf(clicked: Element, kind: 'composer' | 'sendButton'): Element {
  const css =
    kind === 'sendButton'
      ? 'button, [role="button"], input[type="submit"], input[type="button"]'
      : 'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
  try {
    return clicked.closest(css) ?? clicked;
  } catch {
    return clicked;
  }
}

/** The element's own description without states: tag, a chosen id, stable classes, what the control is. */
function ownDescriptions(el: Element): string[] {
  const tag = tagOf(el);
  const out: string[] = [];
  const id = stableAttributes(el).find((attribute) => attribute.name === 'id');
  if (id) out.push(`${tag}#${escapeIdentifier(id.value)}`);
  const classes = stableClasses(el, { modifiers: false }).slice(0, 2).map(classSelector).join('');
  const attributes = CONTROL_ATTRIBUTES.filter((name) => el.hasAttribute(name))
    .map((name) => [name, el.getAttribute(name) ?? ''] as const)
    .filter(([, value]) => value.length <= 60 && !/["\\\n]/.test(value) && !isVolatileValue(value))
    .map(([name, value]) => attributeSelector(name, value));
  const data = stableAttributes(el)
    .filter((attribute) => attribute.name.startsWith('data-') && !attribute.volatile)
    .map((attribute) => attributeSelector(attribute.name, attribute.value));
  if (classes) out.push(tag + classes);
  for (const attribute of [...data, ...attributes]) out.push(tag + classes + attribute);
  if (attributes.length > 1) out.push(tag + classes + attributes.join(''));
  out.push(tag);
  return [...new Set(out)];
}

/**
 * A selector for the one reply box or Send button the operator pointed at: it
 * must find that element and no other shown one (a page full of `div`s or icons
 * must not make `div` or `svg` the reply box). The element's own description is
 * tried alone, then under its containers. Null when nothing singles it out.
 */
export function generaliseSingle(
  clicked: Element,
  kind: 'composer' | 'sendButton',
): (Generalised & { element: Element }) | null {
  const el = controlOf(clicked, kind);
  const root = rootOf(el);
  const own = ownDescriptions(el);
  const prefixes = [{ prefix: '', what: '' }, ...scopes(parentOf(el) ?? root, root)];
  for (const { prefix, what } of prefixes)
    for (const description of own) {
      if (!prefix && description === tagOf(el)) continue;
      const css = prefix + description;
      const matched = queryAll(root, css);
      if (!matched.includes(el)) continue;
      // Other chats' reply boxes kept hidden in the page do not count; a visible second one does.
      if (matched.some((other) => other !== el && isShown(other))) continue;
      return {
        element: el,
        css,
        count: matched.length,
        why: `${kind === 'composer' ? 'the reply box' : 'the send button'}: ${css}${what ? ` (inside ${what})` : ''}`,
      };
    }
  return null;
}
