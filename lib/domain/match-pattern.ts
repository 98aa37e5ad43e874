import { MatchPattern } from '@webext-core/match-patterns';

/** A helpdesk is a web page; `*` means http or https. The matcher cannot test some other schemes at all. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['*', 'http', 'https']);

function compile(pattern: string): MatchPattern | null {
  try {
    return new MatchPattern(pattern);
  } catch {
    return null;
  }
}

/**
 * Whether a site profile can use this browser match pattern: `<all_urls>`, or
 * `scheme://host/path` for web pages (`https://desk.example.com/*`,
 * `*://*.example.com/inbox/*`), with no port, spaces or empty host.
 */
export function isValidMatchPattern(pattern: unknown): boolean {
  return usable(pattern) !== null;
}

/** The pattern compiled, when a site profile can use it. */
function usable(pattern: unknown): MatchPattern | null {
  if (typeof pattern !== 'string' || /\s/.test(pattern)) return null;
  if (pattern === '<all_urls>') return compile(pattern);
  const [, scheme = '', host = ''] = /^([^:]*):\/\/([^/]*)\//.exec(pattern) ?? [];
  return WEB_SCHEMES.has(scheme) && host !== '' ? compile(pattern) : null;
}

/** The first pattern a profile cannot use, if any: such a profile is switched off until fixed. */
export function firstInvalidPattern(patterns: readonly unknown[]): string | undefined {
  const index = patterns.findIndex((pattern) => !isValidMatchPattern(pattern));
  return index === -1 ? undefined : String(patterns[index]);
}

/** Whether a valid pattern covers a page's address: false for an invalid pattern or address, never a throw. */
export function matchPatternIncludes(pattern: string, url: string): boolean {
  const compiled = usable(pattern);
  try {
    return compiled?.includes(url) ?? false;
  } catch {
    return false; // not an address
  }
}
