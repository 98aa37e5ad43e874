import data from './data/visitor-placeholders.json';

const WORDS = new Set(data.words);
/** A word list entry, then an optional number or id: "Visitor 5531", "Guest #12", "visitor-8f3a2c". */
const WITH_ID = /^(.*?)[\s#№_-]*(?:[#№]?\d[\w-]*|[0-9a-f]{6,})?$/iu;
/** An e-mail address, or a phone number (seven digits or more, with the usual separators). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const PHONE = /^\+?[\d\s().-]{7,}$/u;

/**
 * Whether what a console shows as the customer's name is a stand-in for a
 * visitor who gave none: a "Visitor 5531" / "Гость" label, an e-mail address,
 * a phone number, a bare number. A greeting must not say "Hi Visitor".
 */
export function isPlaceholderName(shown: string): boolean {
  const name = shown.trim().replace(/\s+/g, ' ');
  if (!name) return true;
  if (EMAIL.test(name)) return true;
  if (PHONE.test(name) && (name.match(/\d/g)?.length ?? 0) >= 7) return true;
  if (/^[#№]?\d+$/u.test(name)) return true;
  const base = WITH_ID.exec(name)?.[1]?.toLowerCase().trim() ?? '';
  return WORDS.has(base) || WORDS.has(name.toLowerCase());
}
