/**
 * A regular expression for a list of words kept in a data file: `source` with the
 * words, as alternatives, in place of `{words}` (`wordPattern('(^|-)({words})$', ['open', 'active'], 'i')`).
 * Marked free of side effects, so a bundle that imports a module for another export
 * (the content script's first stage) leaves the pattern and its list out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function wordPattern(source: string, words: readonly string[], flags = ''): RegExp {
  return new RegExp(
    source.replace('{words}', () => words.join('|')),
    flags,
  );
}
