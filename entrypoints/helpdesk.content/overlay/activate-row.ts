import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findRowElement } from '../../../lib/adapters/engine';
import type { SiteProfile } from '../../../lib/adapters/site-profile';
import type { OverlayStore } from '../../../lib/state/overlay-store';

/** How long the panel says a row was not found. */
const MISSING_SHOWN_MS = 6000;

/**
 * Opens a conversation in the page, as the operator would: scrolls to its row
 * and clicks it. A row the list no longer shows is said so in the panel.
 */
export function createRowActivator(
  ctx: ContentScriptContext,
  store: OverlayStore,
  profile: SiteProfile,
): (key: string) => void {
  let missingTimer: number | undefined;
  return (key) => {
    const row = findRowElement(document, profile, key);
    if (!row) {
      store.setState({
        missingRow: { key, name: store.getState().records[key]?.name ?? null },
        collapsed: false,
      });
      clearTimeout(missingTimer);
      missingTimer = ctx.setTimeout(() => store.setState({ missingRow: null }), MISSING_SHOWN_MS);
      return;
    }
    store.setState({ missingRow: null });
    row.scrollIntoView({ block: 'nearest' });
    (row as HTMLElement).click();
  };
}
