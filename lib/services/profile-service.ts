import { profilesForUrl } from '../adapters/find-profile';
import { parseProfileFile, serialiseProfiles } from '../adapters/profile-file';
import { parseSiteProfile, type SiteProfile } from '../adapters/site-profile';
import type { ProfileRepository } from '../db/profile-repository';
import type { ProfileList } from '../messaging/protocol';
import { patternWithinSite } from '../domain/site-pattern';
import { UserError } from '../i18n/user-error';

export class ProfileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ProfileError';
  }
}

/**
 * The site profiles in force: built-in ones (read-only) and the operator's own,
 * taught or imported. Every write is validated first and changes nothing when
 * anything is wrong.
 */
export function createProfileService(deps: {
  repository: ProfileRepository;
  builtIn: readonly SiteProfile[];
  now: () => number;
}) {
  const builtInIds = new Set(deps.builtIn.map((profile) => profile.id));
  const refuseBuiltIn = (id: string) => {
    if (builtInIds.has(id)) throw new ProfileError([`id: "${id}" is a built-in profile; choose another id`]);
  };

  return {
    list: async (): Promise<ProfileList> => ({
      builtIn: [...deps.builtIn],
      own: await deps.repository.all(),
    }),

    /**
     * Saves one profile (edited as JSON); `previousId` renames. From a helpdesk
     * page (`site`: its origin) only that site's own profiles may be replaced.
     */
    async save(raw: unknown, previousId: string | null, site: string | null = null): Promise<SiteProfile> {
      const parsed = parseSiteProfile(raw);
      if (!parsed.ok) throw new ProfileError(parsed.errors);
      refuseBuiltIn(parsed.profile.id);
      const own = await deps.repository.all();
      if (site !== null) {
        const replaced = own.filter(
          ({ profile }) => profile.id === parsed.profile.id || profile.id === previousId,
        );
        const foreign = replaced.find(
          ({ profile }) => !profile.matches.every((p) => patternWithinSite(p, site)),
        );
        if (foreign) throw new UserError('profileOtherSite', { id: foreign.profile.id });
      }
      if (parsed.profile.id !== previousId && own.some((stored) => stored.profile.id === parsed.profile.id)) {
        throw new ProfileError([`id: a profile "${parsed.profile.id}" already exists`]);
      }
      await deps.repository.putMany([parsed.profile], deps.now());
      if (previousId && previousId !== parsed.profile.id) await deps.repository.remove(previousId);
      return parsed.profile;
    },

    remove: (id: string) => deps.repository.remove(id),

    /** Imports a file: all profiles or none. Profiles with an existing id are replaced. */
    async importFile(text: string): Promise<{ added: string[]; replaced: string[] }> {
      const parsed = parseProfileFile(text);
      if (!parsed.ok) throw new ProfileError(parsed.errors);
      for (const profile of parsed.profiles) refuseBuiltIn(profile.id);
      const existing = new Set((await deps.repository.all()).map((stored) => stored.profile.id));
      await deps.repository.putMany(parsed.profiles, deps.now());
      const ids = parsed.profiles.map((profile) => profile.id);
      return { added: ids.filter((id) => !existing.has(id)), replaced: ids.filter((id) => existing.has(id)) };
    },

    /** One file with the given profiles (built-in or own), or all own profiles. */
    async exportFile(ids: string[] | null): Promise<string> {
      const all = [...deps.builtIn, ...(await deps.repository.all()).map((stored) => stored.profile)];
      const chosen =
        ids === null
          ? all.filter((profile) => !builtInIds.has(profile.id))
          : all.filter((p) => ids.includes(p.id));
      return serialiseProfiles(chosen, deps.now());
    },

    /** The profiles whose URL patterns match a page: the operator's own first. */
    async forUrl(url: string): Promise<SiteProfile[]> {
      const own = (await deps.repository.all()).map((stored) => stored.profile);
      return profilesForUrl([...own, ...deps.builtIn], url);
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
