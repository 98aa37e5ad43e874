// The README's gallery results table, made from tests/e2e/gallery/expectations.json
// so the two cannot disagree (tests/unit/demo/gallery-readme.test.ts checks it).
//   npx tsx tests/tools/gallery-table.ts --write   rewrites the table in README.md
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  expectationFor,
  loadExpectations,
  type GalleryExpectations,
} from '../e2e/harness/gallery-expectations';

export const TABLE_START = '<!-- gallery-results:start -->';
export const TABLE_END = '<!-- gallery-results:end -->';

function cell(all: GalleryExpectations, consoleId: string, capability: string): string {
  const chromium = expectationFor(all, consoleId, capability, 'chromium');
  const firefox = expectationFor(all, consoleId, capability, 'firefox');
  const mark = (pass: boolean) => (pass ? '✅' : '❌');
  if (chromium.pass === firefox.pass && chromium.why === firefox.why)
    return `${mark(chromium.pass)}${chromium.why ? ` ${chromium.why}` : ''}`;
  const one = (name: string, e: { pass: boolean; why: string }) =>
    `${name} ${mark(e.pass)}${e.why ? ` ${e.why}` : ''}`;
  return `${one('Chromium', chromium)}; ${one('Firefox', firefox)}`;
}

export function galleryTable(all: GalleryExpectations): string {
  const capabilities = Object.keys(all.capabilities);
  const lines = [
    `| Console | ${capabilities.map((key) => all.capabilities[key]).join(' | ')} |`,
    `| --- | ${capabilities.map(() => '---').join(' | ')} |`,
    ...Object.entries(all.consoles).map(
      ([id, { title }]) =>
        `| [${title}](demo/gallery/${id}/) | ${capabilities.map((key) => cell(all, id, key).replaceAll('|', '\\|')).join(' | ')} |`,
    ),
  ];
  return `${TABLE_START}\n${lines.join('\n')}\n${TABLE_END}`;
}

/** The table's cells, row by row, whatever the padding (Prettier aligns the README's tables). */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** The README with its gallery table replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
  const table = galleryTable(loadExpectations());
  if (process.argv.includes('--write')) {
    writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), table));
    console.log('README.md: gallery table written; run npx prettier --write README.md to align it.');
  } else {
    console.log(table);
  }
}
