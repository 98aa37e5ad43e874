/**
 * Which site each helpdesk tab shows, and which chats it showed open in its last
 * observation: pushes about a site go to that site's tabs only, and a chat open
 * in another tab of the same desk counts as looked at.
 */
export function createTabRegistry() {
  const tabSites = new Map<number, string>();
  const tabOpen = new Map<number, Set<string>>();

  return {
    /** The tab now shows `site`; true when it was not this site's tab before (it needs everything). */
    visit(tabId: number, site: string) {
      const isNew = tabSites.get(tabId) !== site;
      tabSites.set(tabId, site);
      return isNew;
    },

    /** The chats the tab's last observation showed open. */
    setOpen(tabId: number, keys: Set<string>) {
      tabOpen.set(tabId, keys);
    },

    /** The chats open in the site's other tabs. */
    openInOtherTabs(site: string, tabId: number | undefined) {
      const keys = new Set<string>();
      for (const [other, otherSite] of tabSites) {
        if (other !== tabId && otherSite === site) for (const key of tabOpen.get(other) ?? []) keys.add(key);
      }
      return keys;
    },

    siteOf: (tabId: number) => tabSites.get(tabId),

    /** The site's tabs, oldest first. */
    tabsOf: (site: string) => [...tabSites].filter(([, tabSite]) => tabSite === site).map(([tabId]) => tabId),

    /** Every tab with its site. */
    entries: () => [...tabSites],

    /** The sites some tab shows. */
    sites: () => new Set(tabSites.values()),

    /** The tab is gone, or has gone on to another site: it hears nothing more of this one. */
    forget(tabId: number) {
      tabSites.delete(tabId);
      tabOpen.delete(tabId);
    },
  };
}

export type TabRegistry = ReturnType<typeof createTabRegistry>;
