import { chipTitle } from '../../components/overlay/chip-title';
import type { FirstStageKey } from '../../lib/i18n/first-stage-messages';
import type { Translate } from '../../lib/i18n/messages';
import type { ConnectionStatus } from '../../lib/messaging/port-client';
import { plainButton, plainElement } from './plain-element';

export interface ChipView {
  status: ConnectionStatus;
  roundTripMs: number | null;
  collapsed: boolean;
  dock: 'left' | 'right';
  waiting: number;
  urgent: number;
  profile: { id: string; name: string } | null;
  lost: boolean;
  /** Scans stayed too slow and stopped (scan-budget.ts). */
  tooHeavy: boolean;
  /** The list has more rows than a scan reads. */
  rowsCapped: { read: number; total: number } | null;
  openUnsure: boolean;
}

export interface StatusChip {
  draw(view: ChipView, t: Translate<FirstStageKey>): void;
  /** Gone for the panel's own chip; the keyboard focus, if it was on this one, moves to that one. */
  replace(): void;
}

const statusKey = {
  connecting: 'overlayConnecting',
  connected: 'overlayConnected',
  offline: 'overlayOffline',
} as const;

/**
 * The overlay's corner chip as the first stage draws it, in plain DOM: the same
 * markup as the panel's own chip (components/overlay/status-chip.tsx), which
 * takes its place once the interface is loaded (the first click on it).
 */
export function createStatusChip(
  parent: HTMLElement,
  actions: { onToggle(): void; onReteach(): void },
): StatusChip {
  const doc = parent.ownerDocument;
  const layer = doc.createElement('div');
  const panel = doc.createElement('div');
  const chip = doc.createElement('div');
  chip.className = 'nz-chip';
  chip.dataset.testid = 'nz-overlay';
  chip.setAttribute('role', 'status');
  panel.append(chip);
  layer.append(panel);
  parent.append(layer);
  let drawn = '';
  let drawnParts = '';
  const hasFocus = () => {
    const active = (layer.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && layer.contains(active);
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
    plainElement(doc, tag, className, text);

  return {
    draw(view, t) {
      // The chip changes rarely (a count, the connection): the display clock's ticks redraw nothing.
      const key = JSON.stringify(view) + t('extName');
      if (key === drawn) return;
      drawn = key;
      // What only the tooltip and attributes say (the round trip, the profile) lays nothing out anew.
      const partsKey =
        JSON.stringify({ ...view, roundTripMs: null, profile: null, openUnsure: false }) + t('extName');
      const set = (name: string, value: string | null) =>
        value === null ? chip.removeAttribute(name) : chip.setAttribute(name, value);
      set('data-state', view.status);
      set('data-round-trip-ms', view.roundTripMs === null ? null : String(view.roundTripMs));
      set('data-profile', view.profile?.id ?? null);
      set('data-open', view.openUnsure ? 'unsure' : null);
      set('aria-label', t('overlayLabel'));
      set('title', chipTitle(view, t));
      if (partsKey === drawnParts) return;
      drawnParts = partsKey;
      layer.className = `nz-layer nz-layer--${view.dock}`;
      panel.className = `nz-panel nz-panel--${view.dock}`;
      // One chip element for its whole life (a live region, watched by assistive technology); its parts are drawn anew.
      const parts: HTMLElement[] = [];

      const toggle = plainButton(doc, 'nz-chip__toggle', undefined, () => actions.onToggle());
      toggle.setAttribute('aria-expanded', String(!view.collapsed));
      toggle.setAttribute('aria-label', view.collapsed ? t('overlayExpand') : t('overlayCollapse'));
      const dot = element('span', `nz-chip__dot nz-chip__dot--${view.status}`);
      dot.setAttribute('aria-hidden', 'true');
      toggle.append(dot, element('span', 'nz-chip__name', t('extName')));
      parts.push(toggle, element('span', 'nz-chip__status', t(statusKey[view.status])));

      if (view.lost || view.tooHeavy) {
        const lost = element(
          'span',
          'nz-chip__count nz-chip__count--urgent',
          t(view.tooHeavy ? 'profileTooHeavy' : 'profileLost'),
        );
        lost.dataset.testid = view.tooHeavy ? 'nz-profile-too-heavy' : 'nz-profile-lost';
        const again = plainButton(doc, 'nz-small-button', t('teachAgain'), () => actions.onReteach());
        parts.push(lost, again);
      }
      if (view.waiting > 0) {
        const waiting = element('span', 'nz-chip__count', t('chipWaiting', { count: view.waiting }));
        waiting.dataset.testid = 'nz-waiting-count';
        parts.push(waiting);
      }
      if (view.urgent > 0) {
        const urgent = element(
          'span',
          'nz-chip__count nz-chip__count--urgent',
          t('chipUrgent', { count: view.urgent }),
        );
        urgent.dataset.testid = 'nz-urgent-count';
        parts.push(urgent);
      }
      // Drawn anew: the operator's keyboard focus stays on the toggle.
      const focused = hasFocus();
      chip.replaceChildren(...parts);
      if (focused) toggle.focus({ preventScroll: true });
    },
    replace() {
      const root = layer.getRootNode() as Document | ShadowRoot;
      const focused = hasFocus();
      layer.remove();
      if (focused)
        root
          .querySelector<HTMLElement>('[data-testid="nz-overlay"] .nz-chip__toggle')
          ?.focus({ preventScroll: true });
    },
  };
}
