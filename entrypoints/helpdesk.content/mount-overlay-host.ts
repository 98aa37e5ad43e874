import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import firstStageCss from '../../components/overlay/first-stage.css?inline';
import { shadowMode } from './shadow-mode';

export interface OverlayHost {
  shadow: ShadowRoot;
  shadowHost: HTMLElement;
  /** Where the overlay's layers go, inside the shadow root. */
  container: HTMLElement;
  /** Puts a host mounted `later` on the page (once; nothing after the script went away). */
  show(): void;
}

/**
 * The overlay's own shadow root at the end of the page's body (the page's styles
 * cannot reach it), removed when the content script goes away. What WXT's
 * createShadowRootUi builds for an inline UI, without its mounting machinery,
 * which would be a tenth of the first stage: plain DOM, the first stage draws the
 * chip and the badges and the second renders its React interface into the same root.
 * The invitation to teach has a host of its own, named as teach mode's:
 * `nezabudka-overlay` stays the mark of a console being watched.
 */
export function mountOverlayHost(
  ctx: ContentScriptContext,
  name: 'nezabudka-overlay' | 'nezabudka-teach' = 'nezabudka-overlay',
  { later = false }: { later?: boolean } = {},
): OverlayHost {
  const shadowHost = document.createElement(name);
  // Closed in a store build: no page script can read the queue, the palette or a focus summary.
  const shadow = shadowHost.attachShadow({ mode: shadowMode() });
  const style = document.createElement('style');
  // Nothing of the page's inherited styles; the sheet travels inside the script, nothing is fetched:
  // Chrome lets a content script load an extension file only on the pages web_accessible_resources
  // names, and the sites an operator enables at runtime are in no manifest (the overlay stood there
  // unstyled). With nothing web-accessible, no page can probe for the extension by its files either.
  // No box of its own either: as an inline box at the end of the body it became one more item of a
  // page whose body is a flex or grid shell, shifting the console by a gap or a track.
  style.textContent = `:host{all:initial !important;display:contents !important;}\n${firstStageCss}`;
  const container = document.createElement('div');
  // `contents` keeps the container from adding even an empty line box to the page.
  container.style.display = 'contents';
  shadow.append(style, container);
  const show = () => {
    if (!shadowHost.isConnected && !ctx.isInvalid) document.body.append(shadowHost);
  };
  if (!later) show();
  ctx.onInvalidated(() => shadowHost.remove());
  return { shadow, shadowHost, container, show };
}
