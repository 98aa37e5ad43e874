import { wordPattern } from '../../../domain/word-pattern';
import { instance as ariaInstance, state as ariaState } from '../../data/aria-attributes.json';
import { names as customElementStates } from '../../data/custom-element-states.json';
import { prefixes as generatedIdPrefixes } from '../../data/generated-id-prefixes.json';
import { names as globalAttributeNames } from '../../data/global-attributes.json';
import { frameworkPrefixes, stateSuffixes } from '../../data/ignored-data-attributes.json';
import { names as testHookNames } from '../../data/test-hook-attributes.json';
import { hashLikeToken } from './hash-like-token';
import { isHashedClass } from './stable-classes';

// Which attributes of an element a profile may rely on, best first, and which of
// their values name one instance rather than a kind.

/** An attribute worth using in a selector. */
export interface StableAttribute {
  name: string;
  value: string;
  /**
   * The value names this instance (an id, a number, a date): usable as a presence
   * test (`[data-id]`) but not as a value when a selector must match many elements.
   */
  volatile: boolean;
}

/** ARIA attributes that change as the operator works, so they describe a state. */
const ARIA_STATE: ReadonlySet<string> = /* @__PURE__ */ new Set(ariaState);
/** ARIA attributes whose values name this one element (its label, ids it points to). */
const ARIA_INSTANCE: ReadonlySet<string> = /* @__PURE__ */ new Set(ariaInstance);

const FRAMEWORK_DATA = wordPattern('^data-({words})', frameworkPrefixes, 'i');
const STATE_DATA = wordPattern('(^|-)({words})$', stateSuffixes, 'i');
const TEST_HOOK = wordPattern('^data-({words})$', testHookNames);
const GENERATED_ID = wordPattern('^({words})', generatedIdPrefixes, 'i');

/** Whether an id begins the way a framework's ids for one render do (`ember123`, `radix-:r1:`). */
export function hasGeneratedIdPrefix(id: string): boolean {
  return GENERATED_ID.test(id);
}

/** data-* attributes that carry state or framework bookkeeping, not meaning. */
function ignoredDataAttribute(name: string): boolean {
  if (/^data-v-[a-z0-9]+$/i.test(name)) return true; // Vue scoped styles
  if (FRAMEWORK_DATA.test(name)) return true;
  return STATE_DATA.test(name);
}

/** Attribute names that promise one value per element (a key, an id). */
export function isKeyLikeAttributeName(name: string): boolean {
  return /(^|[-_])(id|key|uuid|guid|uid)$/i.test(name) || /[a-z](Id|Key|Uuid)$/.test(name);
}

/** A value that names one instance: a number, a uuid, a long hex or mixed token, a date. */
export function isVolatileValue(value: string): boolean {
  const text = value.trim();
  if (!text) return false;
  if (text.length > 40) return true;
  if (/\d{3,}/.test(text)) return true;
  if (/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(text)) return true;
  if (/^[0-9a-f]{8,}$/i.test(text) && /\d/.test(text)) return true;
  if (/^\d+$/.test(text)) return true;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return true;
  return text.split(/[-_:.\s]+/).some(hashLikeToken);
}

/**
 * Values that cannot be put into an attribute selector safely here: quotes and
 * backslashes need escapes some selector engines do not parse.
 */
function quotable(value: string): boolean {
  return !/["\\\n\r\f]/.test(value);
}

/** An id the page generated (React useId, Ember, numbered) rather than one a developer chose. */
function generatedId(id: string): boolean {
  return (
    /^:.*:$/.test(id) ||
    hasGeneratedIdPrefix(id) ||
    /^\d/.test(id) ||
    isVolatileValue(id) ||
    isHashedClass(id)
  );
}

/** Attributes any element may carry: not a custom element's own API. */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = /* @__PURE__ */ new Set(globalAttributeNames);
/** A custom element's reflected states: they change as a person uses the element. */
const STATE_ATTRIBUTES: ReadonlySet<string> = /* @__PURE__ */ new Set(customElementStates);

/**
 * The attributes of `el` worth using in a selector, best first: `data-*` (test
 * hooks first, then named keys, then the rest), `role`, non-state `aria-*`,
 * `name`, `type`, a custom element's own attributes (`kind="inbound"`: its API,
 * as stable as `data-*`), and `id` when a developer chose it.
 */
export function stableAttributes(el: Element): StableAttribute[] {
  const testHooks: StableAttribute[] = [];
  const data: StableAttribute[] = [];
  const role: StableAttribute[] = [];
  const aria: StableAttribute[] = [];
  const other: StableAttribute[] = [];
  const ids: StableAttribute[] = [];
  for (const attribute of Array.from(el.attributes)) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value;
    if (!/^[a-z_][\w.:-]*$/i.test(name)) continue;
    if (name.startsWith('data-')) {
      if (ignoredDataAttribute(name)) continue;
      const volatile = isKeyLikeAttributeName(name) || isVolatileValue(value) || !quotable(value);
      const entry = { name, value, volatile };
      if (TEST_HOOK.test(name)) testHooks.push(entry);
      else data.push(entry);
    } else if (name === 'role') {
      if (value.trim() && quotable(value)) role.push({ name, value: value.trim(), volatile: false });
    } else if (name.startsWith('aria-')) {
      if (ARIA_STATE.has(name)) continue;
      aria.push({
        name,
        value,
        volatile: ARIA_INSTANCE.has(name) || isVolatileValue(value) || !quotable(value),
      });
    } else if (name === 'name' || name === 'type' || name === 'itemprop') {
      if (value.trim() && quotable(value)) other.push({ name, value, volatile: isVolatileValue(value) });
    } else if (el.localName.includes('-') && !GLOBAL_ATTRIBUTES.has(name) && !name.startsWith('on')) {
      if (STATE_ATTRIBUTES.has(name)) continue;
      other.push({
        name,
        value,
        volatile: isKeyLikeAttributeName(name) || isVolatileValue(value) || !quotable(value),
      });
    } else if (name === 'id') {
      if (value && !generatedId(value) && /^[A-Za-z][\w-]*$/.test(value))
        ids.push({ name, value, volatile: true });
    }
  }
  // Named keys ("data-conversation-id") describe the kind of element best.
  data.sort((a, b) => Number(isKeyLikeAttributeName(b.name)) - Number(isKeyLikeAttributeName(a.name)));
  return [...testHooks, ...data, ...role, ...aria, ...other, ...ids];
}
