import { describe, expect, it } from 'vitest';
import {
  firstInvalidPattern,
  isValidMatchPattern,
  matchPatternIncludes,
} from '../../../lib/domain/match-pattern';

describe('site match patterns', () => {
  it('accepts the patterns a helpdesk profile is written with', () => {
    for (const pattern of [
      'https://desk.example.com/*',
      'http://127.0.0.1/*',
      '*://*.example.com/inbox/*',
      'https://*/*',
      '<all_urls>',
    ])
      expect(isValidMatchPattern(pattern), pattern).toBe(true);
  });

  it('refuses what a browser would not match pages with', () => {
    for (const pattern of [
      'not a pattern',
      '',
      'desk.example.com',
      'https://desk.example.com', // no path
      'https://desk.example.com:8080/*', // a port
      'https://desk.*.com/*', // * inside the host
      'https:///*', // no host
      'ftp://files.example.com/*', // not a web page
      'ws://desk.example.com/*',
      'https://desk.example.com/ inbox/*',
    ])
      expect(isValidMatchPattern(pattern), pattern).toBe(false);
    expect(isValidMatchPattern(42)).toBe(false);
  });

  it('names the first pattern a profile cannot use', () => {
    expect(firstInvalidPattern(['https://a.test/*', 'https://b.test/*'])).toBeUndefined();
    expect(firstInvalidPattern(['https://a.test/*', 'not a pattern', 'nope'])).toBe('not a pattern');
  });

  it('matches pages without ever throwing', () => {
    expect(matchPatternIncludes('https://*.example.com/*', 'https://desk.example.com/inbox')).toBe(true);
    expect(matchPatternIncludes('https://desk.example.com/inbox/*', 'https://desk.example.com/')).toBe(false);
    expect(matchPatternIncludes('not a pattern', 'https://desk.example.com/')).toBe(false);
    expect(matchPatternIncludes('ftp://files.example.com/*', 'https://files.example.com/')).toBe(false);
    expect(matchPatternIncludes('https://desk.example.com/*', 'not an address')).toBe(false);
  });
});
