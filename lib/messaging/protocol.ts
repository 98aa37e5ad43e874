import type { UserErrorData } from '../i18n/user-error';
import type { SiteProfile } from '../adapters/site-profile';
import type { ConversationRecord } from '../domain/conversation';
import type { Template } from '../domain/template/template';
import type { ImportChoice, ImportSummary, TemplateImportPreview } from '../domain/template/import-plan';
import type { TemplateFileFormat } from '../domain/template/template-file';
import type { StoredProfile } from '../adapters/stored-profile';
import type { TeachInvitation } from '../adapters/teach/invitation';
import type { FocusState, FocusSummaryEntry } from '../domain/focus';
import type { Observation } from '../domain/observation';
import type { Settings, SettingsPatch } from '../domain/settings';
import type { ThresholdsByPriority } from '../domain/thresholds';
import type { StatsExportRequest, StatsExportResult, StatsOverview, StatsQuery } from '../domain/stats/types';
import type { OverlayPreferences } from './overlay-preferences';

/**
 * Every request a content script or extension page can make of the background,
 * with its reply. One map, so a renamed field breaks the build on both sides.
 */
export interface RequestMap {
  ping: { request: { sentAt: number }; response: { sentAt: number; version: string } };
  getSettings: { request: null; response: Settings };
  updateSettings: { request: SettingsPatch; response: Settings };
  /** A content script saw its helpdesk page change. */
  observe: { request: Observation; response: null };
  /** Everything the popup needs to show the queue and focus mode. */
  getOverview: { request: null; response: Overview };
  startFocus: { request: { minutes: number | null }; response: FocusState };
  stopFocus: { request: null; response: FocusSummaryEntry[] };
  /** The operator has read the focus summary. */
  dismissFocusSummary: { request: null; response: null };
  /** Bring a conversation's tab to the front and open the conversation. */
  jumpTo: { request: { site: string; key: string }; response: null };
  /** Clear a conversation from the queue: nobody waits there any more. */
  dismiss: { request: { site: string; key: string }; response: null };
  /**
   * The operator sent a reply in the open conversation through the console's own
   * composer (Enter or Send, and the text left the box).
   */
  replySent: { request: { site: string; key: string }; response: null };
  /** Site profiles: built-in and the operator's own. */
  listProfiles: { request: null; response: ProfileList };
  /** Save one profile edited as JSON (validated); `previousId` renames. */
  saveProfile: { request: { profile: unknown; previousId: string | null }; response: SiteProfile };
  deleteProfile: { request: { id: string }; response: null };
  /** Import a profile file's text: all or nothing. */
  importProfiles: { request: { text: string }; response: { added: string[]; replaced: string[] } };
  /** A file's text with these profiles (null: all of the operator's own). */
  exportProfiles: { request: { ids: string[] | null }; response: string };
  /** The profiles whose patterns match a page, for its content script. */
  profilesForUrl: { request: { url: string }; response: SiteProfile[] };
  /** Whether Nezabudka runs on a page's site. */
  siteStatus: { request: { url: string }; response: SiteStatus };
  /** On a page no profile recognised: whether to invite teaching it, and which built-in profile missed it. */
  teachInvitation: { request: { url: string }; response: TeachInvitation | null };
  /** The content script's sensor stage (on a recognised console), injected into the asking frame itself. */
  loadSensorStage: { request: null; response: null };
  /** The content script's interface stage, injected into the asking frame itself. */
  loadUiStage: { request: null; response: null };
  /** After the popup obtained the site's permission: run there from now on (and in this tab now). */
  enableSite: { request: { url: string; tabId: number | null }; response: SiteStatus };
  /** Stop running on a site and give its permission back. */
  disableSite: { request: { url: string }; response: SiteStatus };
  listTemplates: { request: null; response: Template[] };
  /** Create (no id) or update a template; validated, shortcut unique per language. */
  saveTemplate: { request: Partial<Template>; response: Template };
  duplicateTemplate: { request: { id: string }; response: Template };
  /** Returns the deleted template so the page can offer "Undo". */
  deleteTemplate: { request: { id: string }; response: Template | null };
  restoreTemplate: { request: Template; response: Template };
  /**
   * A template is in the reply box: count the use, remember the wording (`variant`, as
   * picked) for this customer and log the event, together. Sent only after the insertion.
   */
  recordTemplateUse: {
    request: { id: string; site: string; key: string; variant: number };
    response: null;
  };
  /** The wording to preview and insert for this customer, one they have not had yet (not counted). */
  pickTemplateWording: {
    request: { id: string; site: string; key: string };
    response: { wording: string; variant: number };
  };
  /** A chosen template file: its problems, or what it adds and where it collides (changes nothing). */
  previewTemplateImport: { request: { text: string; fileName: string }; response: TemplateImportPreview };
  /** Import a template file with a choice per conflict (by its index in the file): all or nothing. */
  importTemplates: {
    request: { text: string; fileName: string; choices: Record<number, ImportChoice> };
    response: ImportSummary;
  };
  /** A file's text with these templates (null: all), as JSON or CSV. */
  exportTemplates: { request: { ids: string[] | null; format: TemplateFileFormat }; response: string };
  /** Statistics: metrics of the operator's own events for a range and filters. */
  getStats: { request: StatsQuery; response: StatsOverview };
  /** A file of the operator's events for a range: JSON (for team merge) or CSV (spreadsheets). */
  exportStats: { request: StatsExportRequest; response: StatsExportResult };
  /** Delete every statistics event. */
  clearStats: { request: null; response: { deleted: number; clocks: number } };
}

/** The site profiles in force, as the options page lists them. */
export interface ProfileList {
  builtIn: SiteProfile[];
  own: StoredProfile[];
}

/** Whether Nezabudka runs on a page's site, as the popup shows it. */
export interface SiteStatus {
  /** Null: not a page Nezabudka can work on (browser pages, files). */
  pattern: string | null;
  /** Built in (the demo desk): always on. */
  builtIn: boolean;
  enabled: boolean;
}

/** Clocks of one site, as the overlay needs them to tick on its own. */
export interface SiteClocks {
  site: string;
  records: ConversationRecord[];
  thresholds: ThresholdsByPriority;
  followUpSec: number;
}

export interface Overview {
  /** Every site with clocks, each with only the clocks the queue can show (not stale). */
  sites: SiteClocks[];
  focus: FocusState | null;
  /** The summary of the last focus period, until the operator dismisses it. */
  lastFocusSummary: FocusSummaryEntry[] | null;
  /** Clocks could not be saved (a full disk, a quota): kept in memory and retried; null when all is saved. */
  storageProblem: StorageProblem | null;
}

export interface StorageProblem {
  /** When the first failed write of this run of failures happened. */
  since: number;
  /** The browser's words for it (QuotaExceededError: …). */
  reason: string;
  /** How many clocks wait to be written. */
  unsaved: number;
}

export type RequestType = keyof RequestMap;
export type RequestOf<T extends RequestType> = RequestMap[T]['request'];
export type ResponseOf<T extends RequestType> = RequestMap[T]['response'];

/** The sending helpdesk page's own site, against which a content script's request is checked. */
export interface OwnSite {
  /** An origin or a page address on exactly the sending page's origin. */
  is(address: string): boolean;
  /** Match patterns (unchecked input) that all stay on the sending page's host. */
  covers(patterns: unknown): boolean;
}

/**
 * What a content script may ask: `'pages only'` is refused to it (extension pages
 * may ask everything), `'allowed'` names no site, and a check says whether the
 * sites the request names are all the sending page's own.
 */
export type ContentScriptRule<T extends RequestType> =
  'pages only' | 'allowed' | ((payload: RequestOf<T>, own: OwnSite) => boolean);

const profileMatches = (profile: unknown): unknown =>
  typeof profile === 'object' && profile !== null ? (profile as { matches?: unknown }).matches : undefined;

/**
 * Every request, classified for a helpdesk tab: only what the overlay and teach
 * mode need, each site they name being the tab's own. A new request does not
 * compile until it is classified here.
 */
export const contentScriptRules: { [T in RequestType]: ContentScriptRule<T> } = {
  ping: 'allowed',
  getSettings: 'allowed',
  updateSettings: 'pages only',
  observe: (observation, own) => own.is(observation.site),
  getOverview: 'pages only',
  // The overlay's own focus buttons.
  startFocus: 'allowed',
  stopFocus: 'allowed',
  dismissFocusSummary: 'allowed',
  jumpTo: 'pages only',
  dismiss: ({ site }, own) => own.is(site),
  replySent: ({ site }, own) => own.is(site),
  listProfiles: 'pages only',
  // Teach mode saves the page's own profile (which one it replaces is checked on saving).
  saveProfile: ({ profile }, own) => own.covers(profileMatches(profile)),
  deleteProfile: 'pages only',
  importProfiles: 'pages only',
  exportProfiles: 'pages only',
  profilesForUrl: ({ url }, own) => own.is(url),
  siteStatus: ({ url }, own) => own.is(url),
  teachInvitation: ({ url }, own) => own.is(url),
  // Name nothing: the background injects into the sending frame alone (and refuses a page).
  loadSensorStage: 'allowed',
  loadUiStage: 'allowed',
  enableSite: 'pages only',
  disableSite: 'pages only',
  // The palette.
  listTemplates: 'allowed',
  saveTemplate: 'pages only',
  duplicateTemplate: 'pages only',
  deleteTemplate: 'pages only',
  restoreTemplate: 'pages only',
  recordTemplateUse: ({ site }, own) => own.is(site),
  pickTemplateWording: ({ site }, own) => own.is(site),
  previewTemplateImport: 'pages only',
  importTemplates: 'pages only',
  exportTemplates: 'pages only',
  getStats: 'pages only',
  exportStats: 'pages only',
  clearStats: 'pages only',
};

/** Pushed by the background to connected pages and content scripts over a port. */
export type PushMessage =
  /**
   * First to a helpdesk tab's port: the browser's language and the panel's remembered place,
   * so that the page never touches the i18n and storage APIs while it loads.
   */
  | { type: 'greeting'; browserLanguage: string; preferences: OverlayPreferences }
  | { type: 'settings'; settings: Settings }
  /** `replace`: the full set for the site; otherwise only the records that changed. */
  | { type: 'clocks'; clocks: SiteClocks; replace: boolean }
  | { type: 'focus'; focus: FocusState | null; summary: FocusSummaryEntry[] | null }
  /** To one tab: open this conversation in the page. */
  | { type: 'activate'; key: string }
  /** To one tab of the site: play the alert sound. */
  | { type: 'sound' }
  /** To the active tab: the keyboard command to show or hide the panel. */
  | { type: 'togglePanel' }
  /** To the active tab: the keyboard command to open the template palette. */
  | { type: 'openPalette' };

export const PORT_NAME = 'nezabudka';

export interface Envelope<T extends RequestType = RequestType> {
  nz: 1;
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseOf<T> }
  /** `detail`: a UserError's key, so that the page words it in the operator's language. */
  | { ok: false; error: string; detail?: UserErrorData };

// Derived, not listed: contentScriptRules must name every request of RequestMap and nothing else.
const requestTypes: ReadonlySet<string> = new Set(Object.keys(contentScriptRules));

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Envelope>;
  return candidate.nz === 1 && typeof candidate.type === 'string' && requestTypes.has(candidate.type);
}

/** Sent by the popup to one helpdesk tab's content script. */
export interface TabCommand {
  nz: 'tab';
  /**
   * `openPalette`: the keyboard command, to a tab whose page no profile detects (no port there).
   * `profile`: which profile the tab's overlay uses, answered with a `TabProfile` (null: none).
   */
  command: 'teach' | 'openPalette' | 'profile';
}

/** The profile a helpdesk tab's overlay reads the page with, for the popup to name. */
export interface TabProfile {
  id: string;
  name: string;
}

export function isTabCommand(value: unknown): value is TabCommand {
  return typeof value === 'object' && value !== null && (value as Partial<TabCommand>).nz === 'tab';
}
