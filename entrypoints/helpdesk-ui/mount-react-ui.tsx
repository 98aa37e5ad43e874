import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { shadowMode } from '../helpdesk.content/shadow-mode';

/**
 * Shows a React tree in its own shadow root at the end of the page's body (the
 * page's styles cannot reach it), unmounted when the content script goes away.
 * In a store build the root is closed: the page's scripts get null from the
 * host's `shadowRoot`, so our own code keeps the returned `ui.shadow` instead.
 */
export async function mountReactUi(
  ctx: ContentScriptContext,
  name: string,
  element: ReactElement,
): Promise<ShadowRootContentScriptUi<Root>> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    mode: shadowMode(),
    // Carried inside the script, not fetched: Chrome lets a content script load an extension file
    // only on the pages web_accessible_resources names, and the sites an operator enables at runtime
    // are in no manifest (the overlay stood there unstyled). With nothing web-accessible, no page can
    // probe for the extension by its files either.
    css: overlayCss,
    onMount(container) {
      // `contents` keeps the container from adding even an empty line box to the page.
      container.style.display = 'contents';
      const root = createRoot(container);
      root.render(element);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  return ui;
}
