import { describeBadge, type BadgeMessageKey } from '../../components/overlay/describe-badge';
import { stateIconPaths } from '../../components/overlay/state-icon-paths';
import type { ClockItem } from '../../lib/domain/clock-display';
import { formatWait } from '../../lib/domain/format-wait';
import type { Locale } from '../../lib/domain/locale';
import type { Translate } from '../../lib/i18n/messages';
import type { BadgeAnchor } from '../../lib/domain/badge-anchor';

const SVG = 'http://www.w3.org/2000/svg';

/** An eye: counted from when Nezabudka first saw the conversation (the desk shows no time). */
const SINCE_SEEN_PATH = 'M1 8c2-3.6 4.4-5 7-5s5 1.4 7 5c-2 3.6-4.4 5-7 5S3 11.6 1 8z';

interface DrawnBadge {
  element: HTMLElement;
  /** What the badge was last drawn from, so that a tick rewrites only what changed. */
  look: string;
  labelOf: string;
  time: string;
  /** The time's own text node: each second changes its characters, never the badge's nodes. */
  timeText: Text | null;
  place: string;
}

export interface BadgeLayer {
  draw(items: readonly ClockItem[], anchors: Record<string, BadgeAnchor>): void;
  /** The operator chose another language: every sentence again. */
  setLanguage(t: Translate<BadgeMessageKey>, locale: Locale): void;
}

/**
 * The live wait clocks over the rows, in plain DOM (the first stage has no
 * React): a fixed, click-through layer, one badge per visible row, positioned
 * and never inserted into the host's DOM. Each tick touches only the text and
 * attributes that changed.
 */
export function createBadgeLayer(
  parent: HTMLElement,
  initial: { t: Translate<BadgeMessageKey>; locale: Locale },
): BadgeLayer {
  const layer = parent.ownerDocument.createElement('div');
  layer.className = 'nz-badges';
  parent.append(layer);
  let { t, locale } = initial;
  const drawn = new Map<string, DrawnBadge>();

  /** Each icon is built once and cloned: fifty badges appear in one frame when a desk loads. */
  const icons = new Map<string, SVGSVGElement>();
  const icon = (path: string, className: string, size: number) => {
    const name = `${className} ${path}`;
    const built = icons.get(name);
    if (built) return built.cloneNode(true) as SVGSVGElement;
    const svg = parent.ownerDocument.createElementNS(SVG, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const shape = parent.ownerDocument.createElementNS(SVG, 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('fill', 'currentColor');
    shape.setAttribute('fill-rule', 'evenodd');
    svg.append(shape);
    icons.set(name, svg);
    return svg.cloneNode(true) as SVGSVGElement;
  };

  /** The badge's parts: level mark, state icon, the eye, the time. */
  const build = (badge: ClockItem, element: HTMLElement): Text | null => {
    const doc = parent.ownerDocument;
    element.replaceChildren();
    if (badge.level !== 'normal') {
      // A compact mark: the tooltip and aria-label spell it out.
      const mark = doc.createElement('span');
      mark.className = 'nz-badge__level';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = badge.level === 'vip' ? '★' : '!';
      element.append(mark);
    }
    element.append(icon(stateIconPaths[badge.state], 'nz-icon', 12));
    if (badge.atLeast === 'seen') {
      const eye = icon(SINCE_SEEN_PATH, 'nz-badge__seen', 11);
      const shape = eye.firstElementChild!;
      shape.setAttribute('fill', 'none');
      shape.setAttribute('stroke', 'currentColor');
      shape.setAttribute('stroke-width', '1.6');
      shape.removeAttribute('fill-rule');
      const pupil = doc.createElementNS(SVG, 'circle');
      pupil.setAttribute('cx', '8');
      pupil.setAttribute('cy', '8');
      pupil.setAttribute('r', '2.2');
      pupil.setAttribute('fill', 'currentColor');
      eye.append(pupil);
      element.append(eye);
    }
    if (badge.state !== 'idle') {
      const time = doc.createElement('span');
      time.className = 'nz-badge__time';
      const text = doc.createTextNode('');
      time.append(text);
      element.append(time);
      return text;
    }
    return null;
  };

  const drawOne = (badge: ClockItem, anchor: Exclude<BadgeAnchor, null>) => {
    let entry = drawn.get(badge.key);
    if (!entry) {
      const element = parent.ownerDocument.createElement('div');
      element.dataset.testid = 'nz-badge';
      element.dataset.conversation = badge.key;
      element.setAttribute('role', 'img');
      entry = { element, look: '', labelOf: '', time: '', timeText: null, place: '' };
      drawn.set(badge.key, entry);
      layer.append(element);
    }
    const { element } = entry;
    const look = `${badge.state} ${badge.level} ${badge.atLeast ?? ''}`;
    if (entry.look !== look) {
      entry.look = look;
      entry.time = '';
      element.className = `nz-badge nz-badge--${badge.state} nz-badge--${badge.level}`;
      element.dataset.state = badge.state;
      element.dataset.level = badge.level;
      if (badge.atLeast) element.dataset.atLeast = badge.atLeast;
      else delete element.dataset.atLeast;
      entry.timeText = build(badge, element);
    }
    const waitSeconds = String(badge.waitSec);
    if (element.dataset.waitSeconds !== waitSeconds) element.dataset.waitSeconds = waitSeconds;
    // Written only when the badge moves: every tick draws, and parsing a transform is not free.
    const place = `translate(${Math.round(anchor.x)}px, ${Math.round(anchor.y)}px) translate(${anchor.side === 'before' ? '-100%' : '0'}, -50%)`;
    if (entry.place !== place) {
      entry.place = place;
      element.style.transform = place;
    }
    // The sentence changes once a minute after the first one: no need to rebuild it every tick.
    const bucket = badge.waitSec < 60 ? badge.waitSec : Math.floor(badge.waitSec / 60) * 60;
    const labelOf = `${look}|${bucket}|${badge.name ?? ''}|${badge.reasons.join('\n')}|${locale}`;
    if (entry.labelOf !== labelOf) {
      entry.labelOf = labelOf;
      const label = describeBadge({ ...badge, waitSec: bucket }, t, locale);
      element.title = label;
      element.setAttribute('aria-label', label);
    }
    if (badge.state !== 'idle') {
      const time = `${badge.atLeast ? '≥\u2009' : ''}${formatWait(badge.waitSec, locale)}${badge.atLeast === 'maybe' ? '?' : ''}`;
      if (entry.time !== time) {
        entry.time = time;
        entry.timeText!.data = time;
      }
    }
  };

  return {
    draw(items, anchors) {
      const shown = new Set<string>();
      for (const item of items) {
        const anchor = anchors[item.key];
        if (!anchor) continue;
        shown.add(item.key);
        drawOne(item, anchor);
      }
      for (const [key, entry] of drawn)
        if (!shown.has(key)) {
          entry.element.remove();
          drawn.delete(key);
        }
    },
    setLanguage(nextT, nextLocale) {
      t = nextT;
      locale = nextLocale;
    },
  };
}
