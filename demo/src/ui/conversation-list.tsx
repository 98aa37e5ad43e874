import type { Conversation } from '../sim/types.ts';
import { ConversationRow } from './conversation-row.tsx';
import type { DeskStrings } from './strings.ts';

export interface ConversationListProps {
  /** Already sorted, newest activity first. */
  readonly conversations: readonly Conversation[];
  readonly activeId: string | null;
  readonly strings: DeskStrings;
  readonly onOpen: (id: string) => void;
}

export function ConversationList({ conversations, activeId, strings, onOpen }: ConversationListProps) {
  const unreadChats = conversations.filter((conv) => conv.unread > 0).length;
  return (
    <aside className="sidebar">
      <header className="sidebar__header">
        <h2 className="sidebar__title">{strings.conversations}</h2>
        <span className="sidebar__count">{conversations.length}</span>
        {unreadChats > 0 && <span className="sidebar__unread">{strings.unreadChatsLabel(unreadChats)}</span>}
      </header>
      {/* aria-label stays English in both languages: it is a stable hook for site profiles. */}
      <ul className="conv-list" role="listbox" aria-label="Conversations">
        {conversations.map((conv) => (
          <ConversationRow
            key={conv.id}
            conv={conv}
            active={conv.id === activeId}
            strings={strings}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </aside>
  );
}
