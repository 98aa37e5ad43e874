import { siteProfileSchema, type SiteProfile } from '../site-profile';
import demoDesk from './demo-desk.json';

/** Built-in profiles: only helpdesks whose markup we have actually seen. */
export const builtInProfiles: readonly SiteProfile[] = [demoDesk].map((raw) => siteProfileSchema.parse(raw));
