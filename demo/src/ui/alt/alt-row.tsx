// One row of the alt inbox grid. Memoised like the default skin's row.
import { memo } from 'react';
import type { Conversation } from '../../sim/types.ts';
import { previewPrefix } from '../conversation-row.tsx';
import { formatClock, isoTime } from '../format-time.ts';
import { ALT } from './alt-classes.ts';
import { AltAvatar, AltStar } from './alt-avatar.tsx';
import { ALT_HOOKS, type AltStrings } from './alt-strings.ts';

export interface AltRowProps {
  readonly conv: Conversation;
  readonly active: boolean;
  readonly strings: AltStrings;
  readonly onOpen: (id: string) => void;
}

export const AltRow = memo(function AltRow({ conv, active, strings, onOpen }: AltRowProps) {
  const last = conv.messages.at(-1);
  return (
    <div
      className={ALT.row}
      role="row"
      aria-selected={active}
      data-thread={conv.id}
      tabIndex={0}
      onClick={() => onOpen(conv.id)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onOpen(conv.id);
      }}
    >
      <div role="gridcell">
        <AltAvatar name={conv.name} />
      </div>
      <div role="gridcell" className={ALT.rowMain}>
        <div className={ALT.rowTop}>
          <span className={ALT.rowName}>{conv.name}</span>
          {conv.vip && <AltStar />}
        </div>
        {last && (
          <div className={ALT.snippet}>
            {previewPrefix(last.author, strings)}
            {last.text}
          </div>
        )}
      </div>
      <div role="gridcell" className={ALT.rowMeta}>
        {last && (
          <time className={ALT.rowTime} dateTime={isoTime(last.at)}>
            {formatClock(last.at)}
          </time>
        )}
        {conv.unread > 0 && (
          <span className={ALT.unread} aria-label={ALT_HOOKS.unreadLabel(conv.unread)}>
            {conv.unread}
          </span>
        )}
      </div>
    </div>
  );
});
