import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlayHost } from '../helpdesk.content/mount-overlay-host';
import { addInterfaceStyle } from './interface-style';

export interface MountedReactUi {
  /** The root the tree is in (closed in a store build: only our own code holds it). */
  shadow: ShadowRoot;
  /** Unmounts the tree and takes its host off the page. */
  remove(): void;
}

/**
 * Shows a React tree in a shadow root of its own at the end of the page's body,
 * built as the overlay's is (mount-overlay-host.ts: the page's styles cannot reach
 * it, it takes no place in the page's layout, closed in a store build), and
 * unmounted when the content script goes away.
 */
export function mountReactUi(
  ctx: ContentScriptContext,
  name: 'nezabudka-overlay' | 'nezabudka-teach',
  element: ReactElement,
): MountedReactUi {
  const host = mountOverlayHost(ctx, name);
  addInterfaceStyle(host.shadow);
  const root = createRoot(host.container);
  root.render(element);
  let mounted = true;
  const remove = () => {
    if (!mounted) return;
    mounted = false;
    root.unmount();
    host.shadowHost.remove();
  };
  ctx.onInvalidated(remove);
  return { shadow: host.shadow, remove };
}
