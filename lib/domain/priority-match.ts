/** Lower case with ё folded into е: operators type both. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Keywords are stems: "жалоб" matches "жалоба" and "жалобу". Returns those found. */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = normaliseText(text);
  if (haystack === '') return [];
  return keywords.filter((keyword) => {
    const needle = normaliseText(keyword);
    return needle !== '' && haystack.includes(needle);
  });
}

const letter = /[\p{L}\p{N}]/u;

/** Whether `entry` appears in `text` as whole words (so "VIP" does not match "Vipul"). */
function containsWords(text: string, entry: string): boolean {
  for (let from = text.indexOf(entry); from !== -1; from = text.indexOf(entry, from + 1)) {
    const before = text[from - 1];
    const after = text[from + entry.length];
    if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after)))
      return true;
  }
  return false;
}

/**
 * Why a row is VIP: the profile's marker, or a VIP-list entry equal to the
 * customer's name or shown as a word on the row (a "Premium" tag).
 */
export function matchVip(
  row: { name: string | null; vipMarker: boolean; rowText: string },
  vipList: readonly string[],
): string[] {
  const reasons = row.vipMarker ? ['marker'] : [];
  const name = normaliseText(row.name ?? '');
  const text = normaliseText(row.rowText);
  for (const raw of vipList) {
    const entry = normaliseText(raw);
    if (entry !== '' && (entry === name || containsWords(text, entry))) reasons.push(`vip:${raw.trim()}`);
  }
  return reasons;
}
