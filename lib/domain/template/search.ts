import type { Template } from './template';

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * The one template search, for the palette and the settings list alike: every
 * word of the query must appear (in the title, shortcut, tags or text), in any
 * case, ё read as е, a leading ";" ignored; a shortcut or title hit ranks
 * higher, then the most used. An empty query lists the most used first.
 */
export function searchTemplates(templates: readonly Template[], query: string, limit = 8): Template[] {
  const words = fold(query).replace(/^;/, '').split(/\s+/).filter(Boolean);
  const scored: Array<{ template: Template; score: number }> = [];
  for (const template of templates) {
    const title = fold(template.title);
    const shortcut = fold(template.shortcut ?? '');
    const rest = fold([template.tags.join(' '), template.body, ...template.variants].join('\n'));
    let score = 0;
    let all = true;
    for (const word of words) {
      if (shortcut === word) score += 100;
      else if (shortcut.startsWith(word)) score += 40;
      else if (title.startsWith(word) || title.includes(` ${word}`)) score += 20;
      else if (title.includes(word)) score += 10;
      else if (rest.includes(word)) score += 2;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push({ template, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.template.usageCount - a.template.usageCount ||
        a.template.title.localeCompare(b.template.title),
    )
    .slice(0, limit)
    .map(({ template }) => template);
}
