import { applySettingsPatch, settingsPatchSchema, type Settings } from '../domain/settings';
import type { SettingsRepository } from '../db/settings-repository';

/** Reads and changes settings, telling every listener about a change. */
export function createSettingsService(
  repository: SettingsRepository,
  onChange: (settings: Settings) => void,
) {
  // Serialises writes so two quick saves cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => repository.load(),
    /**
     * Validates and saves a patch. `quiet`: no change notice — for values the
     * background fills in before anyone has read the settings (the operator alias).
     */
    update(rawPatch: unknown, { quiet = false }: { quiet?: boolean } = {}): Promise<Settings> {
      const run = queue.then(async () => {
        const parsed = settingsPatchSchema.safeParse(rawPatch);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(`Invalid setting ${issue?.path.join('.') || ''}: ${issue?.message ?? ''}`.trim());
        }
        const next = applySettingsPatch(await repository.load(), parsed.data);
        await repository.save(next);
        if (!quiet) onChange(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
