import type { KvRepository } from '../db/kv-repository';

const SALT_KEY = 'statsSalt';

/**
 * Statistics name a conversation only by a salted hash of site + key: stable on
 * this machine (so events of one chat group together), meaningless elsewhere.
 */
export function createConversationHasher(kv: KvRepository) {
  let salt: Promise<string> | undefined;
  const getSalt = () =>
    (salt ??= kv.get<string>(SALT_KEY).then(async (stored) => {
      if (stored) return stored;
      const fresh = [...crypto.getRandomValues(new Uint8Array(16))]
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('');
      await kv.set(SALT_KEY, fresh);
      return fresh;
    }));
  return async (site: string, key: string): Promise<string> => {
    const data = new TextEncoder().encode(`${await getSalt()}\n${site}\n${key}`);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    return [...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };
}
