import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { findComposer } from '../../lib/adapters/engine';
import { isShown } from '../../lib/adapters/is-shown';
import { renderTemplate } from '../../lib/domain/template/render';
import type { Template } from '../../lib/domain/template/template';
import { resolveLocale } from '../../lib/i18n/locale';
import { createTranslator } from '../../lib/i18n/messages';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { rememberCaret, type CaretMemory } from '../../lib/insert/caret-memory';
import { moveCaretBack } from '../../lib/insert/caret';
import { editableElement, isTextField } from '../../lib/insert/editable-element';
import { deepActiveElement } from '../../lib/insert/focus';
import { holdTyping, type TypingHold } from '../../lib/insert/hold-typing';
import { insertText } from '../../lib/insert/insert-text';
import { replaceBeforeCaret } from '../../lib/insert/replace-before-caret';
import { selectionSynced } from '../../lib/insert/settle';
import { request } from '../../lib/messaging/client';
import { keepPaletteFocus } from './keep-palette-focus';
import { OverlayRoot, type OverlayActions } from './overlay-root';
import type { OverlayUi, OverlayUiOptions } from './stage';

/**
 * The overlay's interface: queue panel, focus mode and its summary, the template
 * palette and shortcut expansion. Rendered into the first stage's shadow root,
 * where it takes the chip's place (the panel draws its own).
 */
export function mountOverlayUi(options: OverlayUiOptions): OverlayUi {
  const { ctx, store, profile, shadow } = options;
  const site = location.origin;
  const report = (error: unknown) => console.warn('Nezabudka:', error);
  const openKey = () => options.openNow()?.key ?? '';
  const currentLocale = () => resolveLocale(store.getState().language, browser.i18n.getUILanguage());

  let caretBeforePalette: CaretMemory | null = null;
  /** The typed `;shortcut` the palette was opened on: the chosen template replaces it. */
  let paletteToken: string | null = null;
  /** The editable the operator was in when the palette opened. */
  let typingIn: HTMLElement | null = null;

  const actions: OverlayActions = {
    jump: (key) => options.activate(key),
    reteach: () => options.reteach(),
    customerName: () => options.openNow()?.name ?? null,
    pickWording: (template) => request('pickTemplateWording', { id: template.id, site, key: openKey() }),
    insertTemplate: async (template, fills, variant) => {
      // The profile's reply box; without one, the box the operator was typing in (a ticket view).
      const composer = findComposer(document, profile) ?? typingIn;
      if (!composer || !composer.isConnected) return createTranslator(currentLocale())('paletteNoComposer');
      // From Enter on, what the operator types goes after the template; any way out but a release drops it.
      const hold = holdFor(composer);
      try {
        const { wording } = await request('useTemplate', { id: template.id, site, key: openKey(), variant });
        const rendered = renderTemplate(wording, {
          name: actions.customerName(),
          operator: store.getState().operatorName,
          fills,
          now: Date.now(),
          locale: template.language,
        });
        // The guard: nothing unresolved ever reaches the customer.
        const blocking = rendered.missing[0];
        if (blocking) return unresolvedMessage(blocking, createTranslator(currentLocale()));
        const token = paletteToken;
        closePalette();
        // The caret is back where the operator left it: the editor reads it before the text goes in.
        const inserted =
          (token && (await replaceBeforeCaret(composer, token, rendered.text))) ||
          (await insertText(composer, rendered.text, { selectionMoved: true }));
        if (!inserted) console.warn('Nezabudka: the reply box did not take the template');
        else await finishInsertion(composer, rendered, hold);
        return null;
      } finally {
        hold.cancel();
      }
    },
    closePalette: () => closePalette(),
    dismiss: (key) => void request('dismiss', { site, key }).catch(report),
    startFocus: (minutes) => void request('startFocus', { minutes }).catch(report),
    stopFocus: () => void request('stopFocus', null).catch(report),
    dismissSummary: () => void request('dismissFocusSummary', null).catch(report),
  };

  function openPalette(query = '', token: string | null = null) {
    if (store.getState().palette) return;
    paletteToken = token;
    const active = deepActiveElement(document, [shadow]);
    caretBeforePalette = active instanceof HTMLElement ? rememberCaret(active) : null;
    const editable = active instanceof HTMLElement ? editableElement(active) : null;
    typingIn = editable && isShown(editable) ? editable : null;
    const composer = findComposer(document, profile);
    // Beside the reply box; a box inside a frame has the frame's coordinates, so centre instead.
    const box = composer?.ownerDocument === document ? composer.getBoundingClientRect() : null;
    const anchor = box && { left: box.left, top: box.top, width: box.width, height: box.height };
    store.setState({ palette: { templates: null, query, anchor } });
    request('listTemplates', null).then((templates) => {
      const palette = store.getState().palette;
      if (palette) store.setState({ palette: { ...palette, templates } });
    }, report);
  }
  /**
   * Closes the palette and gives focus back to where the operator was (usually
   * the composer) — unless they already clicked somewhere else.
   */
  function closePalette(restoreCaret = true) {
    store.setState({ palette: null });
    if (restoreCaret) caretBeforePalette?.restore();
    caretBeforePalette = null;
    paletteToken = null;
  }
  /** Holds keys in the page and in the reply box's frame while a template goes in. */
  const holdFor = (composer: HTMLElement) =>
    holdTyping([window, composer.ownerDocument.defaultView ?? window]);
  /** The caret to the template's {cursor} (read by the editor first), then what the operator typed meanwhile. */
  async function finishInsertion(
    editor: HTMLElement,
    rendered: { text: string; cursor: number | null },
    hold: TypingHold,
  ) {
    // A {cursor} at the very end is where the caret already is.
    if (rendered.cursor !== null && rendered.cursor < rendered.text.length) {
      moveCaretBack(editor, rendered.text.slice(rendered.cursor));
      const view = editor.ownerDocument.defaultView;
      if (view && !isTextField(editableElement(editor) ?? editor)) await selectionSynced(view);
    }
    await hold.release(editor);
  }

  let shortcuts: Promise<Template[]> | null = null;
  function expandShortcut(editor: HTMLElement, word: string, key: '\t' | ' ', hold: TypingHold) {
    shortcuts ??= request('listTemplates', null).catch(() => []);
    void shortcuts
      .then(async (templates) => {
        shortcuts = null; // read fresh next time: the library may change meanwhile
        const template = templates.find((candidate) => candidate.shortcut === word);
        if (!template) {
          await insertText(editor, key);
          return hold.release(editor);
        }
        const { wording, variant } = await request('pickTemplateWording', {
          id: template.id,
          site,
          key: openKey(),
        });
        const rendered = renderTemplate(wording, {
          name: actions.customerName(),
          operator: store.getState().operatorName,
          fills: {},
          now: Date.now(),
          locale: template.language,
        });
        if (rendered.missing.length > 0) {
          hold.cancel(); // the palette takes the keys from here
          return void openPalette(`;${word}`, `;${word}`);
        }
        if (await replaceBeforeCaret(editor, `;${word}`, rendered.text)) {
          await finishInsertion(editor, rendered, hold);
          await request('useTemplate', { id: template.id, site, key: openKey(), variant });
        } else await hold.release(editor);
      })
      .catch(report)
      .finally(() => hold.cancel());
  }

  const container = document.createElement('div');
  // `contents` keeps the container from adding even an empty line box.
  container.style.display = 'contents';
  options.container.append(container);
  const root = createRoot(container);
  // Drawn at once, so that the chip it replaces goes in the same frame.
  flushSync(() =>
    root.render(
      <OverlayRoot store={store} browserLanguage={browser.i18n.getUILanguage()} actions={actions} />,
    ),
  );
  const stopKeepingFocus = keepPaletteFocus({
    doc: document,
    overlay: shadow,
    isOpen: () => store.getState().palette !== null,
    searchField: () => shadow.querySelector<HTMLElement>('[data-testid="nz-palette"] [role="combobox"]'),
    onLeave: () => closePalette(false),
  });
  ctx.onInvalidated(() => {
    stopKeepingFocus();
    root.unmount();
  });

  return { openPalette: () => openPalette(), expandShortcut };
}
