import type { Template } from '../domain/template/template';
import type { NezabudkaDatabase } from './database';

/** The operator's reply templates. */
export function createTemplateRepository(db: NezabudkaDatabase) {
  return {
    all: (): Promise<Template[]> => db.templates.toArray(),
    get: (id: string): Promise<Template | undefined> => db.templates.get(id),
    /** Writes every template or none. */
    async putMany(templates: readonly Template[]): Promise<void> {
      await db.transaction('rw', db.templates, () => db.templates.bulkPut([...templates]));
    },
    /**
     * Reads the library and writes what `plan` makes of it, in one transaction:
     * if the plan throws or a write fails, nothing is written.
     */
    async merge<T>(plan: (current: Template[]) => { write: readonly Template[]; result: T }): Promise<T> {
      return db.transaction('rw', db.templates, async () => {
        const { write, result } = plan(await db.templates.toArray());
        await db.templates.bulkPut([...write]);
        return result;
      });
    },
    async remove(id: string): Promise<void> {
      await db.templates.delete(id);
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
