import { parseSiteProfile, type SiteProfile } from '../site-profile';
import { builtInProfiles } from './index';

/** A broken built-in profile is our bug: fail loudly, naming the profile and the fields. */
export function validBuiltInProfiles(profiles: readonly SiteProfile[] = builtInProfiles): SiteProfile[] {
  return profiles.map((raw) => {
    const parsed = parseSiteProfile(raw);
    if (parsed.ok) return parsed.profile;
    throw new Error(`Built-in site profile ${raw.id} is invalid:\n  ${parsed.errors.join('\n  ')}`);
  });
}
