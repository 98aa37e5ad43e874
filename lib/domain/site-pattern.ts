/**
 * The match pattern that grants a helpdesk: its scheme and host, any port and
 * path (browsers' match patterns cannot name a port). Null for pages that are not
 * ordinary web pages (about:, chrome://, file:, the extension's own pages).
 */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Whether a match pattern reaches no further than one site's host (the scheme
 * and host of `url`, any path under it): a helpdesk page may only write profiles
 * for itself. Wildcard hosts and schemes never qualify.
 */
export function patternWithinSite(pattern: string, url: string): boolean {
  const site = sitePattern(url);
  return site !== null && pattern.startsWith(site.slice(0, -1));
}
