import { UserError } from '../i18n/user-error';
import { sitePattern } from '../domain/site-pattern';
import type { KvRepository } from '../db/kv-repository';
import type { SiteStatus } from '../messaging/protocol';

/** What the browser must do for per-site access; one implementation per browser. */
export interface SiteAccessPlatform {
  /** Runs the helpdesk content script on exactly these patterns from now on (and after restarts). */
  registerContentScript(patterns: string[]): Promise<void>;
  hasPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
  /** Starts the content script in an already open tab, so no reload is needed. */
  injectInto(tabId: number): Promise<void>;
}

const SITES_KEY = 'enabledSites';

/**
 * Per-site access (least privilege): the operator enables a helpdesk, the popup
 * asks the browser for that one origin, and the content script is registered
 * there at runtime. Disabling removes both.
 */
export function createSiteAccess(deps: {
  kv: KvRepository;
  platform: SiteAccessPlatform;
  builtInPatterns: readonly string[];
}) {
  const load = async () => (await deps.kv.get<string[]>(SITES_KEY)) ?? [];

  return {
    enabledPatterns: load,

    async status(url: string): Promise<SiteStatus> {
      const pattern = sitePattern(url);
      if (pattern === null) return { pattern, builtIn: false, enabled: false };
      if (deps.builtInPatterns.includes(pattern)) return { pattern, builtIn: true, enabled: true };
      const enabled = (await load()).includes(pattern) && (await deps.platform.hasPermission(pattern));
      return { pattern, builtIn: false, enabled };
    },

    /** After the popup obtained the permission (only a user's click can ask for it). */
    async enable(url: string, tabId: number | null): Promise<SiteStatus> {
      const pattern = sitePattern(url);
      if (pattern === null) throw new UserError('siteCannotWork');
      if (!(await deps.platform.hasPermission(pattern))) throw new UserError('siteNotGranted');
      const sites = [...new Set([...(await load()), pattern])].sort();
      await deps.platform.registerContentScript(sites);
      await deps.kv.set(SITES_KEY, sites);
      if (tabId !== null) await deps.platform.injectInto(tabId);
      return { pattern, builtIn: false, enabled: true };
    },

    async disable(url: string): Promise<SiteStatus> {
      const pattern = sitePattern(url);
      if (pattern === null) throw new UserError('siteCannotWork');
      const sites = (await load()).filter((site) => site !== pattern);
      await deps.platform.registerContentScript(sites);
      await deps.kv.set(SITES_KEY, sites);
      await deps.platform.removePermission(pattern);
      return { pattern, builtIn: false, enabled: false };
    },

    /**
     * At startup: register again what is enabled and still permitted (Firefox
     * forgets runtime registrations on restart; the operator may have revoked a
     * permission in the browser's settings meanwhile).
     */
    async restore(): Promise<void> {
      const stored = await load();
      if (stored.length === 0) return;
      const kept: string[] = [];
      for (const site of stored) if (await deps.platform.hasPermission(site)) kept.push(site);
      await deps.platform.registerContentScript(kept);
      await deps.kv.set(SITES_KEY, kept);
    },
  };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;
