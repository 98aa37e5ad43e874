import { UserError } from '../i18n/user-error';
import { templateProblemKey } from '../i18n/template-problem-key';
import { templateFieldProblem } from '../domain/template/template-issue';
import type { KvRepository } from '../db/kv-repository';
import type { TemplateRepository } from '../db/template-repository';
import { templateSchema, wordingsOf, type StarterTemplate, type Template } from '../domain/template/template';

export type { StarterTemplate };
import { pickVariant } from '../domain/template/variants';
import { parseTemplateFile } from '../domain/template/parse-template-file';
import { templatesToCsv, templatesToJson, type TemplateFileFormat } from '../domain/template/template-file';
import {
  planImport,
  previewImport,
  type ImportChoice,
  type ImportSummary,
  type TemplateImportPreview,
} from '../domain/template/import-plan';

const STARTERS_KEY = 'startersInstalled';
const MEMORY_KEY = 'variantMemory';
/** Wordings remembered per conversation (hashed key), newest last. */
type VariantMemory = Record<string, Record<string, number[]>>;

/**
 * The template library: validated writes, shortcuts unique per language, undo
 * of a delete, the starter library on first run, and which wording each
 * customer already got (by the conversation's salted hash, never its name).
 */
/** One use of a template, as statistics record it. */
export interface TemplateUse {
  templateId: string;
  at: number;
  site: string;
  /** The conversation's salted hash. */
  conversation: string;
  operator: string;
}

export function createTemplateService(deps: {
  repository: TemplateRepository;
  kv: KvRepository;
  starters: readonly StarterTemplate[];
  hash: (site: string, key: string) => Promise<string>;
  /**
   * Which template, when, where (the conversation's salted hash), by whom: never the text.
   * Runs inside `atomically`, so it may only touch the database.
   */
  recordUse: (use: TemplateUse) => Promise<void>;
  /** The operator id recorded with the use (read before the transaction opens). */
  operator: () => Promise<string>;
  now: () => number;
  random: () => number;
  newId: () => string;
  /**
   * Runs database work as one read-write transaction over the library, the
   * variant memory and the statistics: all of it is written or none, and two of
   * them run one after the other (ten uses at once count ten).
   */
  atomically: <T>(task: () => Promise<T>) => Promise<T>;
}) {
  const validate = (raw: unknown): Template => {
    const parsed = templateSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const problem = templateFieldProblem(
      issue,
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {},
    );
    // A wording is named by its place ("variants.1"); other fields by their name.
    const [name, index] = issue.path;
    const field = name === 'variants' && typeof index === 'number' ? `variants.${index}` : String(name ?? '');
    throw new UserError(templateProblemKey[problem.code], problem.params, field || null);
  };
  const checkShortcut = async (template: Template) => {
    if (!template.shortcut) return;
    const clash = (await deps.repository.all()).find(
      (other) =>
        other.id !== template.id &&
        other.language === template.language &&
        other.shortcut === template.shortcut,
    );
    if (clash)
      throw new UserError(
        'templatesShortcutTaken',
        { shortcut: template.shortcut, title: clash.title },
        'shortcut',
      );
  };

  // On first run the starters are being installed while the settings page may
  // already ask: reads wait for that, so a new operator never sees an empty
  // library and an import never races the starters' shortcuts.
  let installing: Promise<unknown> = Promise.resolve();
  const installed = () => installing.catch(() => undefined);

  const install = async (): Promise<void> => {
    if (await deps.kv.get<boolean>(STARTERS_KEY)) return;
    const now = deps.now();
    const existing = new Set((await deps.repository.all()).map((t) => t.id));
    const fresh = deps.starters
      .filter((starter) => !existing.has(starter.id))
      .map((starter) =>
        validate({ ...starter, usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now }),
      );
    await deps.repository.putMany(fresh);
    await deps.kv.set(STARTERS_KEY, true);
  };

  return {
    installStarters(): Promise<void> {
      const run = install();
      installing = run;
      return run;
    },

    async list(): Promise<Template[]> {
      await installed();
      return deps.repository.all();
    },

    /** Creates (no id) or updates a template; usage figures are kept from the stored one. */
    async save(raw: Partial<Template>): Promise<Template> {
      const now = deps.now();
      const stored = raw.id ? await deps.repository.get(raw.id) : undefined;
      const template = validate({
        usageCount: 0,
        lastUsedAt: null,
        createdAt: now,
        ...stored,
        ...raw,
        id: raw.id ?? deps.newId(),
        ...(stored
          ? { usageCount: stored.usageCount, lastUsedAt: stored.lastUsedAt, createdAt: stored.createdAt }
          : {}),
        updatedAt: now,
      });
      await checkShortcut(template);
      await deps.repository.putMany([template]);
      return template;
    },

    async duplicate(id: string): Promise<Template> {
      const source = await deps.repository.get(id);
      if (!source) throw new UserError('templatesGone');
      const now = deps.now();
      const copy = {
        ...source,
        id: deps.newId(),
        title: `${source.title} (2)`,
        shortcut: null,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await deps.repository.putMany([copy]);
      return copy;
    },

    /** Deletes and returns the template, so the page can offer "Undo". */
    async remove(id: string): Promise<Template | null> {
      const template = (await deps.repository.get(id)) ?? null;
      await deps.repository.remove(id);
      return template;
    },

    async restore(raw: unknown): Promise<Template> {
      const template = validate(raw);
      await checkShortcut(template);
      await deps.repository.putMany([template]);
      return template;
    },

    /** Reads a chosen file and compares it with the library; changes nothing. */
    async previewImport(text: string, fileName: string): Promise<TemplateImportPreview> {
      const parsed = parseTemplateFile(text, fileName);
      if (!parsed.ok) return parsed;
      await installed();
      return {
        ok: true,
        format: parsed.format,
        ...previewImport(parsed.templates, await deps.repository.all()),
      };
    },

    /**
     * Imports a file with the operator's choice per conflict (by its index in
     * the file). All or nothing: the library is read, planned and written in one
     * transaction, so a bad file, a conflict left unanswered (the library changed
     * since the preview) or a failed write changes nothing.
     */
    async importFile(
      text: string,
      fileName: string,
      choices: Readonly<Record<number, ImportChoice>>,
    ): Promise<ImportSummary> {
      const parsed = parseTemplateFile(text, fileName);
      if (!parsed.ok) throw new UserError('templatesImportHasProblems');
      await installed();
      const now = deps.now();
      return deps.repository.merge((current) => {
        const plan = planImport(parsed.templates, current, choices, { now, newId: deps.newId });
        if (!plan.ok) throw new UserError('templatesImportStale');
        return { write: plan.write.map(validate), result: plan.summary };
      });
    },

    /** A file with the given templates (in the given order), or with all of them by language and title. */
    async exportFile(ids: readonly string[] | null, format: TemplateFileFormat): Promise<string> {
      await installed();
      const all = await deps.repository.all();
      const byId = new Map(all.map((template) => [template.id, template]));
      const chosen =
        ids === null
          ? [...all].sort((a, b) => a.language.localeCompare(b.language) || a.title.localeCompare(b.title))
          : ids.flatMap((id) => byId.get(id) ?? []);
      return format === 'csv' ? templatesToCsv(chosen) : templatesToJson(chosen, deps.now());
    },

    /**
     * The operator inserts a template into a conversation: pick the wording this
     * customer has not had yet, count the use, remember the wording.
     */
    /** The wording to show and insert for this customer (nothing recorded yet). */
    async pick(id: string, site: string, key: string): Promise<{ wording: string; variant: number }> {
      const template = await deps.repository.get(id);
      if (!template) throw new UserError('templatesGone');
      const memory = (await deps.kv.get<VariantMemory>(MEMORY_KEY)) ?? {};
      const used = memory[await deps.hash(site, key)]?.[id] ?? [];
      const wordings = wordingsOf(template);
      const variant = pickVariant(wordings.length, used, deps.random);
      return { wording: wordings[variant]!, variant };
    },

    async use(
      id: string,
      site: string,
      key: string,
      chosen?: number,
    ): Promise<{ wording: string; variant: number }> {
      const conversation = await deps.hash(site, key);
      const operator = await deps.operator();
      const now = deps.now();
      // The count, the wording remembered for this customer and the statistics row change
      // together, or not at all.
      const picked = await deps.atomically(async () => {
        const template = await deps.repository.get(id);
        if (!template) throw new UserError('templatesGone');
        const memory = (await deps.kv.get<VariantMemory>(MEMORY_KEY)) ?? {};
        const used = memory[conversation]?.[id] ?? [];
        const wordings = wordingsOf(template);
        const variant =
          chosen !== undefined && chosen >= 0 && chosen < wordings.length
            ? chosen
            : pickVariant(wordings.length, used, deps.random);
        memory[conversation] = { ...memory[conversation], [id]: [...used, variant].slice(-10) };
        await deps.kv.set(MEMORY_KEY, memory);
        await deps.repository.putMany([
          { ...template, usageCount: template.usageCount + 1, lastUsedAt: now },
        ]);
        await deps.recordUse({ templateId: id, at: now, site, conversation, operator });
        return { wording: wordings[variant]!, variant };
      });
      return picked;
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
