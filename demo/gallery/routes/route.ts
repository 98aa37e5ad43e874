// The app's routes, relative to its <base href>: `inbox` (the list) and
// `inbox/4101` (one conversation). Anything else is sent to `inbox`.

export type Route = { name: 'inbox'; id: string | null } | { name: 'unknown' };

/** The route of `pathname` under the app's base path (both absolute, base ending in "/"). */
export function parseRoute(pathname: string, basePath: string): Route {
  if (!pathname.startsWith(basePath) && `${pathname}/` !== basePath) return { name: 'unknown' };
  const rest = pathname.slice(basePath.length).replace(/\/+$/, '');
  const match = /^inbox(?:\/(\d+))?$/.exec(rest);
  return match ? { name: 'inbox', id: match[1] ?? null } : { name: 'unknown' };
}

/** A row's link, relative to the base: `inbox/4101`. */
export function conversationHref(id: string): string {
  return `inbox/${encodeURIComponent(id)}`;
}

export const INBOX_HREF = 'inbox';
