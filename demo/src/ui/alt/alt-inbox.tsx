// The alt inbox: a div grid (role="grid") of role="row" rows, newest first.
import type { Conversation } from '../../sim/types.ts';
import { ALT } from './alt-classes.ts';
import { AltRow } from './alt-row.tsx';
import { ALT_HOOKS, type AltStrings } from './alt-strings.ts';

export interface AltInboxProps {
  /** Already sorted, newest activity first. */
  readonly conversations: readonly Conversation[];
  readonly activeId: string | null;
  readonly strings: AltStrings;
  readonly onOpen: (id: string) => void;
}

export function AltInbox({ conversations, activeId, strings, onOpen }: AltInboxProps) {
  const unread = conversations.filter((conv) => conv.unread > 0).length;
  return (
    <nav className={ALT.inbox}>
      <div className={ALT.inboxHeader}>
        <h2 className={ALT.inboxTitle}>{strings.inboxTitle}</h2>
        <span className={ALT.inboxCount} title={strings.unreadChatsLabel(unread)}>
          {unread}/{conversations.length}
        </span>
      </div>
      <div className={ALT.grid} role="grid" aria-label={ALT_HOOKS.gridLabel}>
        {conversations.map((conv) => (
          <AltRow key={conv.id} conv={conv} active={conv.id === activeId} strings={strings} onOpen={onOpen} />
        ))}
      </div>
    </nav>
  );
}
