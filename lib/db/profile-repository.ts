import type { SiteProfile } from '../adapters/site-profile';
import type { StoredProfile } from '../adapters/stored-profile';
import type { NezabudkaDatabase } from './database';

/** The operator's own site profiles (taught or imported); built-in ones are not stored. */
export function createProfileRepository(db: NezabudkaDatabase) {
  return {
    async all(): Promise<StoredProfile[]> {
      const rows = await db.profiles.toArray();
      return rows.map(({ updatedAt, ...profile }) => ({ profile: profile as SiteProfile, updatedAt }));
    },
    /** Writes every profile or none. */
    async putMany(profiles: readonly SiteProfile[], now: number): Promise<void> {
      await db.transaction('rw', db.profiles, () =>
        db.profiles.bulkPut(profiles.map((profile) => ({ ...profile, updatedAt: now }))),
      );
    },
    async remove(id: string): Promise<void> {
      await db.profiles.delete(id);
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
