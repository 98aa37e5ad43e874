/**
 * Placeholders from other tools that must never reach a customer:
 * %%Username%%, {{name}}, [NAME], $name — and our own syntax left unresolved.
 */
const foreignPatterns: RegExp[] = [
  /%%[^%\s]{1,40}%%/g,
  /\{\{[^{}]{1,40}\}\}/g,
  /\[[A-ZА-ЯЁ_][A-ZА-ЯЁ0-9_ ]{0,38}\]/g,
  /\$\{?[a-zA-Z_][a-zA-Z0-9_]{0,38}\}?/g,
  /\{[a-zA-Z]+(?:[+-]\d+)?(?:\|[^}]*)?\}/g,
  /\[\[[^\]]*\]\]/g,
];

/** Every placeholder-looking token left in text about to be inserted. */
export function findPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of foreignPatterns) for (const match of text.matchAll(pattern)) found.add(match[0]);
  // "${order}" also contains "{order}": report the whole token once.
  return [...found].filter((token) => ![...found].some((other) => other !== token && other.includes(token)));
}
