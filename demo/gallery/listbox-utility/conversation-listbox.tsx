// The conversation list as an ARIA listbox: focus stays on the <ul>, the
// highlighted option is named by aria-activedescendant, ↑/↓ move it, Enter
// opens it. Options are re-sorted by last activity on every message.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { ConversationOption, optionId } from './conversation-option.tsx';
import type { InboxStrings } from './inbox-strings.ts';

interface Props {
  conversations: readonly GalleryConversation[];
  selectedId: string | null;
  openId: string | null;
  lang: Lang;
  strings: InboxStrings;
  onSelect(id: string): void;
  onOpen(id: string): void;
}

export function ConversationListbox({
  conversations,
  selectedId,
  openId,
  lang,
  strings,
  onSelect,
  onOpen,
}: Props) {
  const list = useRef<HTMLUListElement>(null);

  // Keep the highlighted option in view while the keyboard moves it.
  useEffect(() => {
    if (selectedId === null) return;
    document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const move = (step: number) => {
    if (conversations.length === 0) return;
    const index = conversations.findIndex((conversation) => conversation.id === selectedId);
    const next = index < 0 ? 0 : Math.min(conversations.length - 1, Math.max(0, index + step));
    onSelect(conversations[next]!.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Home') move(-conversations.length);
    else if (event.key === 'End') move(conversations.length);
    else if (event.key === 'Enter' && selectedId !== null) onOpen(selectedId);
    else return;
    event.preventDefault();
  };

  const pick = (id: string) => {
    list.current?.focus();
    onOpen(id);
  };

  return (
    <ul
      ref={list}
      role="listbox"
      aria-label={strings.conversations}
      aria-activedescendant={selectedId !== null ? optionId(selectedId) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (selectedId === null && conversations[0]) onSelect(conversations[0].id);
      }}
      className="flex-1 overflow-y-auto outline-none focus-visible:ring-inset"
    >
      {conversations.map((conversation) => (
        <ConversationOption
          key={conversation.id}
          conversation={conversation}
          selected={conversation.id === selectedId}
          open={conversation.id === openId}
          lang={lang}
          strings={strings}
          onPick={pick}
        />
      ))}
    </ul>
  );
}
