import { describeElement } from './stable-selector/selector-builder';
import { rootOf } from './safe-dom';

/** The frames and shadow hosts the parts taught so far live in, recorded as teaching goes. */
export function createScopeRecorder(doc: Document) {
  const frames = new Set<string>();
  const shadowHosts = new Set<string>();
  /**
   * Parts inside frames or shadow roots make the profile search there too: every
   * host and frame on the way down from the page. A host is recorded as a kind (a
   * row component repeats: each row's root must be read and watched).
   */
  const noteScope = (root: ParentNode) => {
    for (let at: ParentNode = root; at !== doc;) {
      const node = at as Node;
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node) {
        const host = (node as ShadowRoot).host;
        shadowHosts.add(
          host.localName.includes('-') ? host.localName : describeElement(host, { forMany: true }),
        );
        at = rootOf(host);
        continue;
      }
      const frame = (node as Document).defaultView?.frameElement;
      if (!frame) break;
      frames.add(describeElement(frame, { forMany: false }));
      at = rootOf(frame);
    }
  };

  return { frames, shadowHosts, noteScope };
}
