// Avatar initials, shared because every console that draws a photo-less avatar takes them the same way.

/** Up to two initials: "Amelia Hayes (Harbor & Pine)" → "AH"; the company in parentheses does not count. */
export function initialsOf(name: string): string {
  return name
    .replace(/\(.*\)/, '')
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
