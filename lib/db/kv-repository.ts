import type { NezabudkaDatabase } from './database';

/** Small single records (focus state, the hashing salt) by name. */
export function createKvRepository(db: NezabudkaDatabase) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      return (await db.kv.get(key))?.value as T | undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.kv.put({ key, value });
    },
    async remove(key: string): Promise<void> {
      await db.kv.delete(key);
    },
  };
}

export type KvRepository = ReturnType<typeof createKvRepository>;
