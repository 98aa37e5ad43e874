import type { SiteProfile } from '../site-profile';
import { taughtHostId } from './draft';

/**
 * The operator's own profile that a profile taught on this page would take the
 * place of, if any: one under the same id (the same list on the same host), one
 * taught before lists had ids of their own (`taught-<host>`, the same console),
 * or another that reads this very page (`readsThisPage`: its detect finds it).
 * Profiles of other consoles on the host are left alone. `own`: the operator's
 * profiles whose patterns cover the page.
 */
export function profileToReplace(
  draft: SiteProfile,
  url: string,
  own: readonly SiteProfile[],
  readsThisPage: (profile: SiteProfile) => boolean,
): SiteProfile | null {
  const legacy = taughtHostId(url);
  return (
    own.find((profile) => profile.id === draft.id) ??
    own.find((profile) => profile.id === legacy) ??
    own.find((profile) => readsThisPage(profile)) ??
    null
  );
}

/** The draft under an id no profile has (`…-2`, `…-3`), to keep both; its name says which it is. */
export function besideOthers(draft: SiteProfile, taken: ReadonlySet<string>): SiteProfile {
  if (!taken.has(draft.id)) return draft;
  let n = 2;
  while (taken.has(`${draft.id}-${n}`)) n += 1;
  return { ...draft, id: `${draft.id}-${n}`, name: `${draft.name} (${n})` };
}
