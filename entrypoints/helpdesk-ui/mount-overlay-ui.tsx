import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { RenderContext } from '../../lib/domain/template/render';
import type { Template } from '../../lib/domain/template/template';
import { resolveLocale } from '../../lib/i18n/locale';
import { createTranslator } from '../../lib/i18n/messages';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { rememberCaret, type CaretMemory } from '../../lib/insert/caret-memory';
import { boxInUse, isWritable } from '../../lib/insert/box-in-use';
import { deepActiveElement } from '../../lib/insert/focus';
import { holdTyping, type TypingHold } from '../../lib/insert/hold-typing';
import { insertTemplate } from '../../lib/insert/insert-template';
import { insertText } from '../../lib/insert/insert-text';
import { request } from '../../lib/messaging/client';
import { addInterfaceStyle } from './interface-style';
import { keepPaletteFocus } from './keep-palette-focus';
import { OverlayRoot, type OverlayActions } from './overlay-root';
import type { OverlayUi, OverlayUiOptions } from './stage';

/**
 * The overlay's interface: queue panel, focus mode and its summary, the template
 * palette and shortcut expansion. Rendered into the first stage's shadow root,
 * where it takes the chip's place (the panel draws its own).
 */
export function mountOverlayUi(options: OverlayUiOptions): OverlayUi {
  const { ctx, store, shadow } = options;
  addInterfaceStyle(shadow);
  const site = location.origin;
  const report = (error: unknown) => console.warn('Nezabudka:', error);
  const openKey = () => options.openNow()?.key ?? '';
  const translate = () =>
    createTranslator(resolveLocale(store.getState().language, browser.i18n.getUILanguage()));
  const renderContext = (template: Template, fills: Record<string, string>): RenderContext => ({
    name: actions.customerName(),
    operator: store.getState().operatorName,
    fills,
    now: Date.now(),
    locale: template.language,
  });
  // Counted, remembered for this customer and logged once the text is in; a failure here loses a
  // statistic, never the operator's reply.
  const recordUse = async (template: Template, variant: number) => {
    await request('recordTemplateUse', { id: template.id, site, key: openKey(), variant }).catch(report);
  };

  let caretBeforePalette: CaretMemory | null = null;
  /** The typed `;shortcut` the palette was opened on: the chosen template replaces it. */
  let paletteToken: string | null = null;
  /** The reply box the operator was in when the palette opened: the only one it writes into. */
  let typingIn: HTMLElement | null = null;

  const actions: OverlayActions = {
    jump: (key) => options.activate(key),
    reteach: () => options.reteach(),
    customerName: () => options.openNow()?.name ?? null,
    pickWording: (template) => request('pickTemplateWording', { id: template.id, site, key: openKey() }),
    insertTemplate: async (template, fills, picked) => {
      // Only the box the operator was in, if it still is drawn where they can see it: never the
      // profile's composer when they were elsewhere, nor another chat's hidden one.
      const composer = typingIn;
      if (!composer || !isWritable(composer)) return translate()('paletteNoComposer');
      // From Enter on, what the operator types goes after the template; any way out but a release drops it.
      const hold = holdFor(composer);
      try {
        const token = paletteToken;
        const outcome = await insertTemplate({
          editor: composer,
          ...picked,
          context: renderContext(template, fills),
          replacing: token,
          atCaretIfGone: true,
          hold,
          beforeInsert: () => closePalette(),
          recordUse: (variant) => recordUse(template, variant),
        });
        if (outcome.status === 'unresolved') return unresolvedMessage(outcome.missing, translate());
        if (outcome.status === 'refused') console.warn('Nezabudka: the reply box did not take the template');
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
    typingIn = boxInUse(active);
    // Beside the reply box; a box inside a frame has the frame's coordinates, so centre instead.
    const box = typingIn?.ownerDocument === document ? typingIn.getBoundingClientRect() : null;
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
  let shortcuts: Promise<Template[]> | null = null;
  function expandShortcut(editor: HTMLElement, word: string, key: '\t' | ' ', hold: TypingHold) {
    shortcuts ??= request('listTemplates', null).catch(() => []);
    void shortcuts
      .then(async (templates) => {
        shortcuts = null; // read fresh next time: the library may change meanwhile
        const template = templates.find((candidate) => candidate.shortcut === word);
        if (!template) {
          await insertText(editor, key);
          return hold.release(editor, insertText);
        }
        const picked = await request('pickTemplateWording', { id: template.id, site, key: openKey() });
        const outcome = await insertTemplate({
          editor,
          ...picked,
          context: renderContext(template, {}),
          replacing: `;${word}`,
          hold,
          recordUse: (variant) => recordUse(template, variant),
        });
        // Fill-ins, or anything else unresolved: the palette shows what is missing and takes the keys.
        if (outcome.status === 'unresolved') {
          hold.cancel();
          openPalette(`;${word}`, `;${word}`);
        } else if (outcome.status === 'refused') await hold.release(editor, insertText);
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
      <OverlayRoot
        store={store}
        browserLanguage={browser.i18n.getUILanguage()}
        actions={actions}
        withPanel={options.withPanel}
      />,
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
