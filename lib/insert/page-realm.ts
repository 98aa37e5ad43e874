/**
 * The page's own constructors, for the objects an editor reads during a paste.
 * Firefox hides what a content script writes into a DataTransfer from the
 * page's scripts (the editor sees the type but reads an empty string), while
 * a DataTransfer and event made with the page's constructors — reached through
 * Firefox's `wrappedJSObject` — are readable by it. Elsewhere (Chromium's
 * isolated world, tests) the window's constructors already do.
 *
 * These constructors belong to the page and it could have replaced them; that
 * only lets it see or change text we are putting into its own editor anyway.
 */
export interface PageRealm {
  readonly DataTransfer: typeof DataTransfer;
  readonly ClipboardEvent: typeof ClipboardEvent;
  readonly InputEvent: typeof InputEvent | undefined;
  readonly StaticRange: typeof StaticRange | undefined;
  /** A plain object (an event's init dictionary) the page can read. */
  object<T extends object>(fields: T): T;
  /** An array the page can read. */
  array<T>(items: readonly T[]): T[];
}

type Realm = Window & typeof globalThis;

export function pageRealm(view: Window): PageRealm {
  const waived = (view as Window & { wrappedJSObject?: Realm }).wrappedJSObject;
  const realm = waived ?? (view as Realm);
  return {
    DataTransfer: realm.DataTransfer,
    ClipboardEvent: realm.ClipboardEvent,
    InputEvent: typeof realm.InputEvent === 'function' ? realm.InputEvent : undefined,
    StaticRange: typeof realm.StaticRange === 'function' ? realm.StaticRange : undefined,
    object: (fields) => (waived ? Object.assign(new realm.Object(), fields) : fields),
    array: (items) => {
      if (!waived) return [...items];
      const list = new realm.Array() as unknown[];
      for (const item of items) list.push(item);
      return list as never;
    },
  };
}

/** A DataTransfer holding `text` as text/plain, readable by the page. */
export function plainTextTransfer(realm: PageRealm, text: string): DataTransfer {
  const data = new realm.DataTransfer();
  data.setData('text/plain', text);
  return data;
}
