/** Lines joined by one space: a single-line field keeps no line breaks, and browsers drop them, gluing words together. */
const joinLines = (part: string) => part.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, ' ');

/**
 * A rendered template made fit for a single-line field (a search box, a subject
 * line): its lines joined by a single space, its {cursor} kept at the same place.
 */
export function onOneLine(rendered: { text: string; cursor: number | null }): {
  text: string;
  cursor: number | null;
} {
  if (rendered.cursor === null) return { text: joinLines(rendered.text), cursor: null };
  const before = joinLines(rendered.text.slice(0, rendered.cursor));
  let after = joinLines(rendered.text.slice(rendered.cursor));
  // A line break on both sides of the cursor is still one space.
  if (before.endsWith(' ') && after.startsWith(' ')) after = after.slice(1);
  return { text: before + after, cursor: before.length };
}
