import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import type { TypingHold } from '../../lib/insert/hold-typing';
import type { OverlayStore } from '../../lib/state/overlay-store';

/**
 * The content script's second stage: the React interface (queue panel, palette,
 * teach mode, focus summary). The background injects it into the helpdesk tab's
 * own frame when the first stage first needs it; both run in the extension's
 * isolated world, so the second stage leaves its entry points here for the first.
 * Only types and this name: the first stage imports nothing else of the second.
 */
export const UI_STAGE_GLOBAL = '__nezabudkaUiStage';

/** What the first stage hands the overlay's interface: its state, and the page as it reads it. */
export interface OverlayUiOptions {
  ctx: ContentScriptContext;
  store: OverlayStore;
  /** The queue panel too; false on a page no profile detects (templates only). */
  withPanel: boolean;
  /** The overlay's shadow root, where the first stage draws the chip and the badges. */
  shadow: ShadowRoot;
  /** Inside it, where the interface's layers go. */
  container: HTMLElement;
  /** Opens this conversation in the page (a click on its row). */
  activate(key: string): void;
  /** The profile stopped matching: teach this desk again. */
  reteach(): void;
  /** The open conversation as the first stage follows it. */
  openNow(): { key: string; name: string | null } | null;
}

export interface OverlayUi {
  openPalette(): void;
  /** `;word` then Tab or Space in the reply box: the key is already held back by the first stage. */
  expandShortcut(editor: HTMLElement, word: string, key: '\t' | ' ', hold: TypingHold): void;
}

export interface TeachOptions {
  propose: boolean;
  onSaved: (profile: SiteProfile) => boolean;
  onClosed: () => void;
}

export interface UiStage {
  /** Mounts the interface over the first stage's chip, which it then replaces. */
  mountOverlayUi(options: OverlayUiOptions): OverlayUi;
  /** The palette and shortcuts alone, on an enabled site's page that no profile detects. */
  mountTemplatesUi(ctx: ContentScriptContext): OverlayUi;
  runTeach(ctx: ContentScriptContext, options: TeachOptions): Promise<void>;
}
