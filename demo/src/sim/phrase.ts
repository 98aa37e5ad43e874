import type { Lang } from './types.ts';
import type { Rng } from './prng.ts';

/**
 * A line a simulated person may say, with variants per language.
 * `byTopic` variants line up across the phrases of one persona (variant 2 of
 * the half-told problem is finished by variant 2 of its ending), so the
 * conversation's topic picks the variant instead of the generator.
 */
export interface Phrase {
  readonly ru: readonly string[];
  readonly en: readonly string[];
  readonly byTopic?: boolean;
}

/** Values substituted for `{name}` placeholders in phrases. */
export type PhraseVars = Readonly<Record<string, string>>;

export function renderPhrase(phrase: Phrase, lang: Lang, topic: number, rng: Rng, vars: PhraseVars): string {
  const variants = phrase[lang];
  const index = phrase.byTopic ? topic % variants.length : Math.floor(rng() * variants.length);
  const template = variants[index] ?? '';
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}
