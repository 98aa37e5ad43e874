import { profilesForUrl } from '../find-profile';
import type { SiteProfile } from '../site-profile';

/** Why the first stage invites the operator to teach a page no profile recognised. */
export interface TeachInvitation {
  /** The built-in profile meant for this site that did not recognise the page; null: none is. */
  builtIn: string | null;
}

/**
 * Whether to invite teaching on a page where no profile detected anything. An enabled
 * site always gets a way in, also where a built-in profile covers the site but fails
 * on this page (a new console version, another page of the product): then the
 * invitation names it, so the operator knows why the overlay did not start.
 */
export function teachInvitation(
  status: { enabled: boolean } | null,
  builtIn: readonly SiteProfile[],
  url: string,
): TeachInvitation | null {
  if (!status?.enabled) return null;
  return { builtIn: profilesForUrl(builtIn, url)[0]?.name ?? null };
}
