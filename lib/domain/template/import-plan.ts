import type { Locale } from '../locale';
import type { Template } from './template';
import type { IncomingTemplate, TemplateFileFormat, TemplateFileProblem } from './template-file';

/**
 * What the operator decided for an incoming template that collides with one of
 * theirs: keep mine (skip it), replace mine with it, or keep both.
 */
export type ImportChoice = 'keep' | 'replace' | 'both';
export const importChoices: readonly ImportChoice[] = ['keep', 'replace', 'both'];

/** An incoming template with the same id as one of the operator's, or the same shortcut in the same language. */
export interface ImportConflict {
  /** Position in the file (from 0): the key of the operator's choice. */
  index: number;
  incoming: IncomingTemplate;
  existing: Template;
  by: 'id' | 'shortcut';
}

export interface ImportPreview {
  total: number;
  /** Added as they are: nothing of the operator's collides with them. */
  fresh: number;
  /** Already in the library word for word: nothing to do, nothing to ask. */
  unchanged: number;
  conflicts: ImportConflict[];
}

/** What a chosen file would do: its problems, or what it adds and where it collides. */
export type TemplateImportPreview =
  | { ok: false; format: TemplateFileFormat | null; problems: TemplateFileProblem[] }
  | ({ ok: true; format: TemplateFileFormat } & ImportPreview);

export interface ShortcutRename {
  title: string;
  language: Locale;
  from: string;
  to: string;
}

export interface ImportSummary {
  added: number;
  replaced: number;
  /** Incoming templates skipped because the operator kept theirs. */
  kept: number;
  unchanged: number;
  /** Shortcuts an incoming template could not keep, because one of the operator's has it. */
  renamed: ShortcutRename[];
}

export type ImportPlan =
  | { ok: true; write: Template[]; summary: ImportSummary }
  /** Conflicts with no choice: the library changed since the preview. */
  | { ok: false; unanswered: number[] };

const sameContent = (a: IncomingTemplate, b: Template) =>
  a.title === b.title &&
  a.language === b.language &&
  a.shortcut === b.shortcut &&
  a.body === b.body &&
  a.tags.join('\u0000') === b.tags.join('\u0000') &&
  a.variants.join('\u0000') === b.variants.join('\u0000');

const shortcutKey = (language: string, shortcut: string) => `${language}\u0000${shortcut}`;

interface Match {
  index: number;
  incoming: IncomingTemplate;
  byId: Template | undefined;
  byShortcut: Template | undefined;
}

function match(incoming: readonly IncomingTemplate[], existing: readonly Template[]): Match[] {
  const byId = new Map(existing.map((template) => [template.id, template]));
  const byShortcut = new Map(
    existing
      .filter((template) => template.shortcut !== null)
      .map((template) => [shortcutKey(template.language, template.shortcut!), template]),
  );
  return incoming.map((template, index) => ({
    index,
    incoming: template,
    byId: template.id === null ? undefined : byId.get(template.id),
    byShortcut:
      template.shortcut === null
        ? undefined
        : byShortcut.get(shortcutKey(template.language, template.shortcut)),
  }));
}

/** The one template a conflict is about: the same id first, else the same shortcut. */
const targetOf = (m: Match) => m.byId ?? m.byShortcut;
const isUnchanged = (m: Match) => {
  const target = targetOf(m);
  return target !== undefined && sameContent(m.incoming, target);
};

/** What importing these templates would do, before the operator chooses anything. */
export function previewImport(
  incoming: readonly IncomingTemplate[],
  existing: readonly Template[],
): ImportPreview {
  const matches = match(incoming, existing);
  const conflicts = matches
    .filter((m) => targetOf(m) && !isUnchanged(m))
    .map((m) => ({
      index: m.index,
      incoming: m.incoming,
      existing: targetOf(m)!,
      by: m.byId ? ('id' as const) : ('shortcut' as const),
    }));
  const unchanged = matches.filter(isUnchanged).length;
  return {
    total: incoming.length,
    fresh: incoming.length - unchanged - conflicts.length,
    unchanged,
    conflicts,
  };
}

/**
 * A shortcut nobody in that language has: `refund2`, `refund3`… (cut to fit
 * the 30-character limit). A renamed shortcut still works when typed, which
 * "keep both" is for; the summary tells the operator the new one.
 */
export function freeShortcut(shortcut: string, isTaken: (candidate: string) => boolean): string {
  for (let n = 2; ; n += 1) {
    const suffix = String(n);
    const candidate = `${shortcut.slice(0, 30 - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * The templates to write for the operator's choices (per conflict, by its
 * index). Replacing keeps the operator's id, usage figures and creation time —
 * it is their reply, in new words. Keeping both gives the incoming one a new id
 * when its id is taken, and a free shortcut when its shortcut is. A plan is
 * all-or-nothing: the caller writes `write` in one transaction.
 */
export function planImport(
  incoming: readonly IncomingTemplate[],
  existing: readonly Template[],
  choices: Readonly<Record<number, ImportChoice>>,
  deps: { now: number; newId: () => string },
): ImportPlan {
  const matches = match(incoming, existing);
  const conflicting = matches.filter((m) => targetOf(m) && !isUnchanged(m));
  const unanswered = conflicting
    .filter((m) => !importChoices.includes(choices[m.index]!))
    .map((m) => m.index);
  if (unanswered.length) return { ok: false, unanswered };

  const summary: ImportSummary = { added: 0, replaced: 0, kept: 0, unchanged: 0, renamed: [] };
  const takenIds = new Set(existing.map((template) => template.id));
  const written: Template[] = [];
  const fresh = (template: IncomingTemplate, id: string): Template => ({
    ...template,
    id,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: deps.now,
    updatedAt: deps.now,
  });
  const newId = () => {
    let id = deps.newId();
    while (takenIds.has(id)) id = deps.newId();
    takenIds.add(id);
    return id;
  };

  // Two incoming templates aimed at one of the operator's (one by id, one by
  // shortcut) cannot both replace it: the second is kept beside it instead.
  const replacedTargets = new Set<string>();
  for (const m of matches) {
    const target = targetOf(m);
    if (!target) {
      const id = m.incoming.id ?? newId();
      takenIds.add(id);
      written.push(fresh(m.incoming, id));
      summary.added += 1;
    } else if (isUnchanged(m)) summary.unchanged += 1;
    else if (choices[m.index] === 'keep') summary.kept += 1;
    else if (choices[m.index] === 'replace' && !replacedTargets.has(target.id)) {
      replacedTargets.add(target.id);
      written.push({ ...target, ...m.incoming, id: target.id, updatedAt: deps.now });
      summary.replaced += 1;
    } else {
      const id = m.incoming.id === null || takenIds.has(m.incoming.id) ? newId() : m.incoming.id;
      takenIds.add(id);
      written.push(fresh(m.incoming, id));
      summary.added += 1;
    }
  }

  // Shortcuts: the operator's templates that stay keep theirs; the written ones
  // keep theirs where free, the rest get a free one (after all who keep theirs).
  const writtenIds = new Set(written.map((template) => template.id));
  const taken = new Set(
    existing
      .filter((template) => !writtenIds.has(template.id) && template.shortcut !== null)
      .map((template) => shortcutKey(template.language, template.shortcut!)),
  );
  const clashing = written.filter((template) => {
    if (template.shortcut === null) return false;
    const key = shortcutKey(template.language, template.shortcut);
    if (taken.has(key)) return true;
    taken.add(key);
    return false;
  });
  for (const template of clashing) {
    const to = freeShortcut(template.shortcut!, (candidate) =>
      taken.has(shortcutKey(template.language, candidate)),
    );
    taken.add(shortcutKey(template.language, to));
    summary.renamed.push({
      title: template.title,
      language: template.language,
      from: template.shortcut!,
      to,
    });
    template.shortcut = to;
  }
  return { ok: true, write: written, summary };
}
