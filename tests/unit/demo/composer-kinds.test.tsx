// @vitest-environment happy-dom
// Every editor kind of the demo desk (`?composer=`): its own file, loaded only
// when shown, and found by the built-in site profile as an editable element.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findComposer } from '../../../lib/adapters/engine';
import demoDeskProfile from '../../../lib/adapters/profiles/demo-desk.json';
import type { SiteProfile } from '../../../lib/adapters/site-profile';
import { editableElement } from '../../../lib/insert/editable-element';
import { DeskStore } from '../../../demo/src/runtime/desk-store.ts';
import { createTestApi } from '../../../demo/src/runtime/test-api.ts';
import { COMPOSER_KINDS } from '../../../demo/src/ui/composers/composer-kind.ts';
import { AltDeskApp } from '../../../demo/src/ui/alt/alt-desk-app.tsx';
import { DeskApp } from '../../../demo/src/ui/desk-app.tsx';

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
// Paths, not URLs: the DOM environment replaces the global URL class.
const composers = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/src/ui/composers');
const BUILT_IN = ['textarea', 'contenteditable'];

afterEach(cleanup);

describe('demo desk editor kinds', () => {
  it('lives one kind per file', () => {
    for (const kind of COMPOSER_KINDS)
      expect(existsSync(path.join(composers, `${kind}-editor.tsx`)), kind).toBe(true);
  });

  for (const kind of COMPOSER_KINDS) {
    it(`${kind}: loads when shown, starts empty in its own model, and the site profile finds its editable`, async () => {
      const store = new DeskStore({ seed: 7, chats: 3, speed: 0, clock: () => NOW });
      const view = render(<DeskApp store={store} lang="en" composer={kind} />);
      const api = createTestApi(store);
      expect(api.composerModel()).toBeNull();
      fireEvent.click(view.container.querySelector('.conv-row')!);
      // A rich editor's chunk is still on its way: nothing for the extension to find yet.
      if (!BUILT_IN.includes(kind)) expect(view.container.querySelector('.composer__loading')).not.toBeNull();
      await waitFor(() => expect(api.composerModel()).toEqual({ kind, text: '' }), { timeout: 5000 });

      const found = findComposer(document, demoDeskProfile as SiteProfile);
      expect(found?.closest('.composer')).not.toBeNull();
      const editable = editableElement(found!);
      expect(editable?.localName === 'textarea' || editable?.isContentEditable).toBe(true);
    });
  }

  for (const kind of COMPOSER_KINDS) {
    it(`${kind} in the alt skin: none of the default skin's hooks, so the built-in profile finds no composer`, async () => {
      const store = new DeskStore({ seed: 7, chats: 3, speed: 0, clock: () => NOW });
      const view = render(<AltDeskApp store={store} lang="en" composer={kind} />);
      const api = createTestApi(store);
      fireEvent.click(view.container.querySelector('[role="row"]')!);
      await waitFor(() => expect(api.composerModel()).toEqual({ kind, text: '' }), { timeout: 5000 });
      expect(view.container.querySelectorAll('[class*="composer"]')).toHaveLength(0);
      expect(findComposer(document, demoDeskProfile as SiteProfile)).toBeNull();
    });
  }
});
