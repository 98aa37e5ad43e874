import { createStore } from 'zustand/vanilla';
import type { BadgeAnchor } from '../domain/badge-anchor';
import type { ConversationRecord } from '../domain/conversation';
import type { FocusState, FocusSummaryEntry } from '../domain/focus';
import type { LanguageSetting } from '../domain/settings';
import type { Template } from '../domain/template/template';
import { defaultThresholds, type ThresholdsByPriority } from '../domain/thresholds';
import { sameData } from '../domain/same-data';
import type { ConnectionStatus } from '../messaging/port-client';
import type { SiteClocks } from '../messaging/protocol';

export interface OverlayState {
  status: ConnectionStatus;
  roundTripMs: number | null;
  language: LanguageSetting;
  /** The browser's own language (the background's greeting says it): what `auto` follows. */
  browserLanguage: string | null;
  collapsed: boolean;
  /** Which bottom corner the chip and panel sit in; the operator moves it off the desk's controls. */
  dock: 'left' | 'right';
  /** A jump found no row for this customer (scrolled away or closed); shown for a few seconds. */
  missingRow: { key: string; name: string | null } | null;
  /** The site profile reading this page. */
  profile: { id: string; name: string } | null;
  /** The profile has seen no conversations for a while. */
  lost: boolean;
  /** Scans stayed too slow, so the sensor stopped reading this page. */
  tooHeavy: boolean;
  /** How many rows the page has and how many are read, when it has more than a scan reads. */
  rowsCapped: { read: number; total: number } | null;
  /** The page's signs of the open conversation disagree, so none is taken as open. */
  openUnsure: boolean;
  /** The template palette: null when closed; templates null while loading. */
  palette: {
    templates: Template[] | null;
    query: string;
    /** The reply box's place on screen when the palette opened (it opens beside it). */
    anchor: { left: number; top: number; width: number; height: number } | null;
  } | null;
  operatorName: string;
  /** Clocks of this page's site, by conversation key. */
  records: Record<string, ConversationRecord>;
  thresholds: ThresholdsByPriority;
  followUpSec: number;
  focus: FocusState | null;
  focusSummary: FocusSummaryEntry[] | null;
  /** The display clock: advanced once a second by the content script. */
  now: number;
  /** Badge positions of the rows currently in the page. */
  anchors: Record<string, BadgeAnchor>;
  toggleCollapsed: () => void;
  toggleDock: () => void;
  receiveClocks: (clocks: SiteClocks, replace: boolean) => void;
}

/** State of one page's overlay; written by the content script's wiring. */
export function createOverlayStore(now: number) {
  return createStore<OverlayState>()((set) => ({
    status: 'connecting',
    roundTripMs: null,
    language: 'auto',
    browserLanguage: null,
    // Collapsed to the chip by default: an open panel could cover the desk's own controls.
    collapsed: true,
    // Bottom-left by default: helpdesks put their Send button bottom-right.
    dock: 'left',
    missingRow: null,
    profile: null,
    lost: false,
    tooHeavy: false,
    rowsCapped: null,
    openUnsure: false,
    palette: null,
    operatorName: '',
    records: {},
    thresholds: defaultThresholds,
    followUpSec: 30 * 60,
    focus: null,
    focusSummary: null,
    now,
    anchors: {},
    toggleCollapsed: () => set((state) => ({ collapsed: !state.collapsed })),
    toggleDock: () => set((state) => ({ dock: state.dock === 'left' ? 'right' : 'left' })),
    // Clocks equal to those held change nothing: a page that just loaded is sent all of its site's
    // clocks after its first look and again when its connection is greeted, and drew them twice.
    receiveClocks: (clocks, replace) =>
      set((state) => {
        const records = replace ? {} : { ...state.records };
        let changed = false;
        for (const record of clocks.records) {
          const held = state.records[record.key];
          const same = held !== undefined && sameData(held, record);
          records[record.key] = same ? held : record;
          changed ||= !same;
        }
        if (replace) changed ||= Object.keys(records).length !== Object.keys(state.records).length;
        const thresholds = sameData(state.thresholds, clocks.thresholds)
          ? state.thresholds
          : clocks.thresholds;
        if (!changed && thresholds === state.thresholds && clocks.followUpSec === state.followUpSec)
          return state;
        return { records, thresholds, followUpSec: clocks.followUpSec };
      }),
  }));
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;
