// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectationsFile, loadExpectations } from '../../e2e/harness/gallery-expectations';
import { galleryTable, TABLE_END, TABLE_START, tableCells } from '../../tools/gallery-table';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe("the README's gallery results table", () => {
  it('says what the gallery e2e expects, cell by cell (npx tsx tests/tools/gallery-table.ts --write)', () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END) + TABLE_END.length;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(tableCells(readme.slice(start, end))).toEqual(tableCells(galleryTable(loadExpectations())));
  });

  it('gives a reason for every expected failure and lists only consoles that exist', () => {
    const all = loadExpectations();
    for (const [id, entry] of Object.entries(all.consoles)) {
      expect(
        readFileSync(new URL(`../../../demo/gallery/${id}/index.html`, import.meta.url), 'utf8'),
      ).toContain('<html');
      for (const [capability, cell] of Object.entries(entry)) {
        if (capability === 'title' || typeof cell === 'string') continue;
        expect(Object.keys(all.capabilities), `${expectationsFile}: ${id}.${capability}`).toContain(
          capability,
        );
        for (const e of [cell, cell.chromium, cell.firefox])
          if (e && !e.pass) expect(e.why ?? '', `${id}.${capability} fails without a reason`).not.toBe('');
      }
    }
  });
});
