// Whether a token was generated (a hash, a counter, random mixed case) rather than
// written by a person: class names and attribute values are both read with it.

/** Letter↔digit switches in a token: `1k9ek97` has many, `item12` one, `h1` one. */
function letterDigitSwitches(token: string): number {
  let switches = 0;
  for (let i = 1; i < token.length; i += 1) {
    const prev = /\d/.test(token[i - 1]!);
    const here = /\d/.test(token[i]!);
    if (prev !== here) switches += 1;
  }
  return switches;
}

/**
 * A token in random mixed case (`bdVaJa`, `kHrTzO`) rather than camelCase words
 * (`MuiListItem`, `isOpen`): counts capitals followed by at most one lowercase
 * letter before the next capital or the end.
 */
export function looksRandomCase(token: string): boolean {
  if (!/^[A-Za-z]{5,}$/.test(token) || !/[a-z]/.test(token) || !/[A-Z]/.test(token)) return false;
  let shortHumps = 0;
  for (let i = 1; i < token.length; i += 1) {
    const ch = token[i]!;
    if (ch < 'A' || ch > 'Z') continue;
    const next = token[i + 1];
    const afterNext = token[i + 2];
    // A capital, one lowercase letter, then another capital or the end: "Va" in "bdVaJa".
    if (next !== undefined && /[a-z]/.test(next) && (afterNext === undefined || /[A-Z]/.test(afterNext)))
      shortHumps += 1;
  }
  return shortHumps >= 2;
}

/** A hash-like token: digits interleaved with letters, or random mixed case. */
export function hashLikeToken(token: string): boolean {
  if (token.length < 4) return false;
  const digits = token.replace(/\D/g, '').length;
  const letters = token.replace(/[^A-Za-z]/g, '').length;
  if (digits > 0 && letters > 0) {
    // "item12", "h1", "col3": a word and a counter, not a hash.
    if (/^[A-Za-z]+\d+$/.test(token) && digits < 5) return false;
    if (letterDigitSwitches(token) >= 2) return true;
    if (digits >= 3 && token.length >= 6) return true;
  }
  if (digits >= 5 && letters === 0) return true;
  return looksRandomCase(token);
}
