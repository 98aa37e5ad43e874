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

/** Enough for a list of web components, each row its own shadow root; bounds a hostile page. */
const MAX_ROOTS = 5000;

/**
 * The roots a profile reads: the page itself, the documents of its same-origin
 * frames and the open shadow roots of its shadow hosts, nested to any depth (a
 * web-component console puts its list in one component's root and each row in
 * its own). A cross-origin frame or a closed shadow root is skipped: the browser
 * does not let a page, or us, read them.
 */
export function scopeRoots(root: ParentNode, profile: SiteProfile): ParentNode[] {
  if (!profile.frames && !profile.shadowHosts) return [root];
  const roots: ParentNode[] = [root];
  const seen = new Set<ParentNode>(roots);
  const add = (found: ParentNode | null) => {
    if (found && !seen.has(found) && roots.length < MAX_ROOTS) {
      seen.add(found);
      roots.push(found);
    }
  };
  for (let index = 0; index < roots.length; index += 1) {
    const scope = roots[index]!;
    for (const host of allMatches(scope, profile.shadowHosts)) add(host.shadowRoot);
    for (const frame of allMatches(scope, profile.frames)) {
      try {
        add((frame as HTMLIFrameElement).contentDocument);
      } catch {
        // cross-origin
      }
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
