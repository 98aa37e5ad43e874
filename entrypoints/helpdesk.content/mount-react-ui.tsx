import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * Shows a React tree in its own shadow root at the end of the page's body (the
 * page's styles cannot reach it), unmounted when the content script goes away.
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
