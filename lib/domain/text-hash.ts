/**
 * A short fingerprint of a text (two 32-bit FNV-1a lanes, 16 hex digits): clock
 * records keep a message's or a preview's fingerprint, never its words, since
 * they only need to tell "the same as last time" from "new". Not a secret: a
 * comparison key that does not spell the customer's text.
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Whether a stored signature is already a fingerprint (records written before fingerprints held text). */
export const isTextHash = (value: string) => /^[0-9a-f]{16}$/.test(value);
