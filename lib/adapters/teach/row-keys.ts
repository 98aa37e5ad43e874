import { wordPattern } from '../../domain/word-pattern';
import { suffixes as unkeyedSuffixes } from '../data/unkeyed-data-attributes.json';
import { hasGeneratedIdPrefix, isKeyLikeAttributeName } from './stable-selector/stable-attributes';
import { isHashedClass } from './stable-selector/stable-classes';
import { queryAll } from './safe-dom';

// A row's stable key: an attribute or a link target every row has, different in each.

/** data-* attributes that differ per row for another reason than identity (a position, a state). */
const UNKEYED_DATA = wordPattern('(^|-)({words})$', unkeyedSuffixes);

/** Ids a framework generated for this render (React useId, Ember) are not keys. */
function stableIdValue(value: string): boolean {
  return !/^:.*:$/.test(value) && !hasGeneratedIdPrefix(value);
}

/**
 * The attribute whose value is unique per row across every row `rowCss` matches:
 * a `data-*` key (`data-conversation-id`), then `id`, then any unique `data-*`.
 * Null when no attribute is (the engine then keys rows by the customer's name).
 */
export function keyAttributeFor(rowCss: string, root: ParentNode): string | null {
  const rows = queryAll(root, rowCss);
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const unique = (name: string) => {
    const values = rows.map((row) => row.getAttribute(name));
    if (values.some((value) => !value)) return false;
    return new Set(values).size === values.length;
  };
  const names = Array.from(first.attributes)
    .map((attribute) => attribute.name.toLowerCase())
    .filter((name) => /^[A-Za-z_][\w.:-]*$/.test(name));
  const data = names.filter(
    (name) => name.startsWith('data-') && !UNKEYED_DATA.test(name) && !/^data-v-/.test(name),
  );
  const keyLike = data.filter((name) => isKeyLikeAttributeName(name) && unique(name));
  if (keyLike.length > 0) return keyLike[0]!;
  if (names.includes('id') && unique('id') && rows.every((row) => stableIdValue(row.id))) return 'id';
  const otherData = data.find((name) => unique(name) && !isHashedClass(name));
  if (otherData) return otherData;
  // A web component's own key attribute (`conversation-id`), not a data-* one.
  const own = names.find((name) => !name.startsWith('data-') && isKeyLikeAttributeName(name) && unique(name));
  if (own && own !== 'id') return own;
  // A row that is itself the conversation's link, or names it in its title.
  return ['href', 'title'].find((name) => names.includes(name) && unique(name)) ?? null;
}

/**
 * When rows carry no key of their own: a link inside each row whose target is
 * unique per row (`<a href="#/conversations/4101">`), as the selector of that
 * link. Null when some row has none or two rows share one.
 */
export function keyLinkFor(rowCss: string, root: ParentNode): string | null {
  const rows = queryAll(root, rowCss);
  if (rows.length === 0) return null;
  const targets = rows.map((row) => row.querySelector('a[href]')?.getAttribute('href') ?? '');
  const usable = targets.every((href) => href !== '' && href !== '#' && !/^javascript:/i.test(href));
  return usable && new Set(targets).size === targets.length ? 'a[href]' : null;
}
