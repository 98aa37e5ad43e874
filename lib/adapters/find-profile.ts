import { firstInvalidPattern, matchPatternIncludes } from '../domain/match-pattern';
import { searchScope } from './search-scope';
import type { SiteProfile } from './site-profile';

/**
 * The profiles whose patterns cover a page. A stored profile with a pattern that
 * cannot be read (saved before patterns were checked, or by hand) is switched off
 * on its own — the options page says so — and every other profile goes on working.
 */
export function profilesForUrl(profiles: readonly SiteProfile[], url: string): SiteProfile[] {
  return profiles.filter(
    (profile) =>
      firstInvalidPattern(profile.matches) === undefined &&
      profile.matches.some((pattern) => matchPatternIncludes(pattern, url)),
  );
}

/** Whether a profile's detect selector finds the page, also in its frames or shadow roots. */
export function recognisesPage(profile: SiteProfile, root: ParentNode): boolean {
  return searchScope(root, profile).querySelector(profile.detect) !== null;
}

/**
 * Waits until one of the profiles whose patterns cover the page (`profilesForUrl`,
 * which the background has run already) recognises it. Helpdesks are single-page
 * apps that render after the content script starts, so the detect selector is
 * watched for a while rather than checked once.
 */
export function detectProfile(
  candidates: readonly SiteProfile[],
  root: ParentNode & Node,
  timeoutMs: number,
): Promise<SiteProfile | undefined> {
  const find = () => candidates.find((profile) => recognisesPage(profile, root));
  const found = find();
  if (found || candidates.length === 0) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const match = find();
      if (match) finish(match);
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    function finish(result: SiteProfile | undefined) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    observer.observe(root, { childList: true, subtree: true });
  });
}
