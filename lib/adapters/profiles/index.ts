import { parseSiteProfile, type SiteProfile } from '../site-profile';
import demoDesk from './demo-desk.json';

/** A broken built-in profile is our bug: fail loudly, naming the profile and the fields. */
function builtIn(raw: unknown, file: string): SiteProfile {
  const parsed = parseSiteProfile(raw);
  if (parsed.ok) return parsed.profile;
  throw new Error(`Built-in site profile ${file} is invalid:\n  ${parsed.errors.join('\n  ')}`);
}

/** Built-in profiles: only helpdesks whose markup we have actually seen. */
export const builtInProfiles: readonly SiteProfile[] = [builtIn(demoDesk, 'demo-desk.json')];
