import type { Translate } from '../i18n/messages';
import { parseSiteProfile, type SiteProfile } from './site-profile';

/** What an exported file says it is, so a stray JSON file is recognised as not ours. */
export const PROFILE_FILE_KIND = 'nezabudka-site-profiles';
export const PROFILE_FILE_VERSION = 1;
/** Larger than any real set of profiles; a bigger file is refused before parsing. */
export const MAX_PROFILE_FILE_BYTES = 1_000_000;

export interface ProfileFile {
  kind: typeof PROFILE_FILE_KIND;
  version: number;
  exportedAt: string;
  profiles: SiteProfile[];
}

export function serialiseProfiles(profiles: readonly SiteProfile[], now: number): string {
  const file: ProfileFile = {
    kind: PROFILE_FILE_KIND,
    version: PROFILE_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    profiles: [...profiles],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedProfileFile = { ok: true; profiles: SiteProfile[] } | { ok: false; errors: string[] };

/**
 * Reads a file a team lead sent: our export format, or a bare profile, or an
 * array of them. Data only — nothing in it is ever executed. All or nothing:
 * one bad profile rejects the file, with every problem named.
 */
export function parseProfileFile(text: string, t?: Translate): ParsedProfileFile {
  if (text.length > MAX_PROFILE_FILE_BYTES) return { ok: false, errors: ['file: larger than 1 MB'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`file: not JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  let list: unknown[];
  if (Array.isArray(raw)) list = raw;
  else if (typeof raw === 'object' && raw !== null && 'profiles' in raw) {
    const file = raw as Partial<ProfileFile>;
    if (file.kind !== PROFILE_FILE_KIND) return { ok: false, errors: ['file: not a Nezabudka profile file'] };
    if (typeof file.version !== 'number' || file.version > PROFILE_FILE_VERSION) {
      return { ok: false, errors: ['file: made by a newer Nezabudka; update the extension'] };
    }
    if (!Array.isArray(file.profiles)) return { ok: false, errors: ['profiles: must be a list'] };
    list = file.profiles;
  } else list = [raw];
  if (list.length === 0) return { ok: false, errors: ['file: contains no profiles'] };

  const profiles: SiteProfile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const parsed = parseSiteProfile(entry, t);
    const label = `profile ${index + 1}`;
    if (!parsed.ok) errors.push(...parsed.errors.map((error) => `${label}: ${error}`));
    else if (seen.has(parsed.profile.id)) errors.push(`${label}: id "${parsed.profile.id}" appears twice`);
    else {
      seen.add(parsed.profile.id);
      profiles.push(parsed.profile);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profiles };
}
