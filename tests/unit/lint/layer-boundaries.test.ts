// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules are only worth having if they fail the build; these cases lint
// small snippets as if they lived at a given path and expect the rule to fire.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

// ESLint with type information starts slowly on a busy machine: a generous limit, the rules are what is tested.
describe('layer boundaries', { timeout: 30_000 }, () => {
  it('forbids the database in content scripts', async () => {
    expect(
      await ruleIds(
        'entrypoints/helpdesk.content/x.ts',
        "import { createDatabase } from '../../lib/db/database';\ncreateDatabase();",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    // The interface stage runs in the helpdesk's page as well.
    expect(
      await ruleIds(
        'entrypoints/helpdesk-ui/x.ts',
        "import { createDatabase } from '../../lib/db/database';\ncreateDatabase();",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('lib/adapters/x.ts', "import Dexie from 'dexie';\nnew Dexie('x');")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('forbids the database and browser APIs in components', async () => {
    expect(
      await ruleIds(
        'components/x.tsx',
        "import { createDatabase } from '../lib/db/database';\ncreateDatabase();",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await ruleIds('components/x.tsx', "import { browser } from 'wxt/browser';\nbrowser.tabs.create({});"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('components/x.tsx', 'chrome.tabs.create({});')).toContain('no-restricted-globals');
  });

  it('lets components import types only from the messaging layer', async () => {
    expect(
      await ruleIds(
        'components/x.tsx',
        "import type { ConnectionStatus } from '../lib/messaging/port-client';\nexport const s: ConnectionStatus = 'connected';",
      ),
    ).toEqual([]);
  });

  it('keeps the protocol below the services, type imports included', async () => {
    const rule = '@typescript-eslint/no-restricted-imports';
    expect(
      await ruleIds(
        'lib/messaging/x.ts',
        "import type { X } from '../services/template-service';\nexport type Y = X;",
      ),
    ).toContain(rule);
    expect(
      await ruleIds('lib/messaging/x.ts', "import type { X } from '../domain/focus';\nexport type Y = X;"),
    ).toEqual([]);
  });

  it('keeps the adapter engine below the stores, type imports included', async () => {
    const rule = '@typescript-eslint/no-restricted-imports';
    expect(
      await ruleIds(
        'lib/adapters/x.ts',
        "import type { X } from '../state/overlay-store';\nexport type Y = X;",
      ),
    ).toContain(rule);
    expect(
      await ruleIds(
        'lib/adapters/profiles/x.ts',
        "import { createOverlayStore } from '../../state/overlay-store';\ncreateOverlayStore(0);",
      ),
    ).toContain(rule);
    // The database rule of content-script code still holds there.
    expect(await ruleIds('lib/adapters/x.ts', "import Dexie from 'dexie';\nnew Dexie('x');")).toContain(rule);
  });

  it('lets components import no type from the services', async () => {
    expect(
      await ruleIds(
        'components/x.tsx',
        "import type { X } from '../lib/services/site-access';\nexport type Y = X;",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keeps lib/domain free of browser, DOM, React and the clock', async () => {
    expect(await ruleIds('lib/domain/x.ts', "import { useState } from 'react';\nuseState();")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    // A sibling folder reached by a relative path is still another layer.
    expect(
      await ruleIds('lib/domain/stats/x.ts', "import { request } from '../../messaging/client';\nrequest();"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('lib/domain/x.ts', 'export const n = document.title;')).toContain(
      'no-restricted-globals',
    );
    expect(await ruleIds('lib/domain/x.ts', 'export const n = Date.now();')).toContain(
      'no-restricted-properties',
    );
    expect(await ruleIds('lib/domain/x.ts', 'export const n = new Date();')).toContain(
      'no-restricted-syntax',
    );
    expect(await ruleIds('lib/domain/x.ts', 'export const at = (now: number) => new Date(now);')).toEqual([]);
  });

  it('forbids network requests anywhere in the extension', async () => {
    expect(await ruleIds('lib/services/x.ts', "void fetch('https://example.com');")).toContain(
      'no-restricted-globals',
    );
  });
});
