import type { SiteProfile } from './site-profile';

/** Every element the selectors match (all of them, not first-wins: several frames may exist). */
export function allMatches(root: ParentNode, list: { css: string }[] | undefined): Element[] {
  if (!list) return [];
  const found: Element[] = [];
  for (const { css } of list) {
    try {
      found.push(...root.querySelectorAll(css));
    } catch {
      // A selector the page cannot parse matches nothing (see engine.ts).
    }
  }
  return found;
}

/**
 * The roots a profile reads: the page itself, the documents of its same-origin
 * frames and the open shadow roots of its shadow hosts (one level of each, also
 * inside frames). A cross-origin frame or a closed shadow root is skipped: the
 * browser does not let a page, or us, read them.
 */
export function scopeRoots(root: ParentNode, profile: SiteProfile): ParentNode[] {
  if (!profile.frames && !profile.shadowHosts) return [root];
  const roots: ParentNode[] = [root];
  const add = (scope: ParentNode) => {
    for (const host of allMatches(scope, profile.shadowHosts))
      if (host.shadowRoot) roots.push(host.shadowRoot);
  };
  add(root);
  for (const frame of allMatches(root, profile.frames)) {
    let doc: Document | null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      doc = null; // cross-origin
    }
    if (doc) {
      roots.push(doc);
      add(doc);
    }
  }
  return roots;
}

/**
 * One ParentNode that searches several roots in order, so the engine can stay a
 * plain "querySelector on a root" reader.
 */
export function searchScope(root: ParentNode, profile: SiteProfile): ParentNode {
  const roots = scopeRoots(root, profile);
  if (roots.length === 1) return root;
  return {
    querySelector(selector: string) {
      for (const scope of roots) {
        const found = scope.querySelector(selector);
        if (found) return found;
      }
      return null;
    },
    querySelectorAll(selector: string) {
      return roots.flatMap((scope) => [...scope.querySelectorAll(selector)]);
    },
  } as unknown as ParentNode;
}
