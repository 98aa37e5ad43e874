import type { SiteProfile } from '../site-profile';
import demoDesk from './demo-desk.json';

/**
 * Built-in profiles: only helpdesks whose markup we have actually seen.
 * Not parsed here, so the content script carries no schema library: the
 * background validates them at start (`validBuiltInProfiles`) and the unit tests
 * fail on a broken one.
 */
export const builtInProfiles: readonly SiteProfile[] = [demoDesk as SiteProfile];
