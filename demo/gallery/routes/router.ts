// A small history router: pushState on navigation, popstate on Back/Forward,
// and listeners told of every change (the app re-renders, the store opens the
// conversation), as a framework router's afterEach hook would.
import { useCallback, useSyncExternalStore } from 'react';
import { INBOX_HREF, parseRoute, type Route } from './route.ts';

type Listener = (route: Route) => void;

export class Router {
  private readonly listeners = new Set<Listener>();
  private current: Route;

  constructor() {
    this.current = this.read();
    window.addEventListener('popstate', () => this.update());
  }

  route(): Route {
    return this.current;
  }

  /** Goes to `href` (relative to <base>), keeping the query (?lang, ?seed…). */
  navigate(href: string, replace = false): void {
    const url = new URL(href, document.baseURI);
    url.search = window.location.search;
    if (url.href === window.location.href) return;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    this.update();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private read(): Route {
    return parseRoute(window.location.pathname, new URL(document.baseURI).pathname);
  }

  private update(): void {
    const next = this.read();
    // Unknown paths (including the bare app root) land on the list.
    if (next.name === 'unknown') return this.navigate(INBOX_HREF, true);
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  /** Redirects an unknown first URL; call once at boot. */
  start(): void {
    this.update();
  }
}

export function useRoute(router: Router): Route {
  const subscribe = useCallback((listener: () => void) => router.subscribe(listener), [router]);
  const snapshot = useCallback(() => router.route(), [router]);
  return useSyncExternalStore(subscribe, snapshot);
}
