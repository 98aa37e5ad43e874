import type { ClockItem } from '../../lib/domain/clock-display';
import type { BadgeAnchor } from '../../lib/domain/badge-anchor';
import { WaitBadge } from './wait-badge';

export interface BadgeLayerProps {
  items: ClockItem[];
  anchors: Record<string, BadgeAnchor>;
}

/**
 * A fixed, click-through layer over the page: one badge per visible row. It is
 * positioned, never inserted into the host's DOM, so the page's layout and its
 * own React tree stay untouched.
 */
export function BadgeLayer({ items, anchors }: BadgeLayerProps) {
  return (
    <div className="nz-badges">
      {items.map((item) => {
        const anchor = anchors[item.key];
        return anchor ? (
          <WaitBadge key={item.key} badge={item} x={anchor.x} y={anchor.y} side={anchor.side} />
        ) : null;
      })}
    </div>
  );
}
