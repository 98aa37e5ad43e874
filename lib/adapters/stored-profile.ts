import type { SiteProfile } from './site-profile';

/** One of the operator's own profiles as kept, with when it was last saved. */
export interface StoredProfile {
  profile: SiteProfile;
  updatedAt: number;
}
