// URL parameters every gallery console understands: ?seed=7&traffic=1&lang=en.
import type { Lang } from './gallery-types.ts';

export interface GalleryParams {
  /** Same seed → same customers, texts and traffic. */
  seed: number;
  /** Live simulated traffic (customers writing, new conversations); 0 pauses it. */
  traffic: boolean;
  /** The console's own interface language; customers write both. */
  lang: Lang;
}

export function parseGalleryParams(search: string, defaults: Partial<GalleryParams> = {}): GalleryParams {
  const query = new URLSearchParams(search);
  const seed = Number(query.get('seed'));
  const lang = query.get('lang');
  return {
    seed: query.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed : (defaults.seed ?? 7),
    traffic: query.has('traffic') ? query.get('traffic') !== '0' : (defaults.traffic ?? true),
    lang: lang === 'ru' || lang === 'en' ? lang : (defaults.lang ?? 'en'),
  };
}
