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
    async remove(id: string): Promise<void> {
      await db.templates.delete(id);
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
