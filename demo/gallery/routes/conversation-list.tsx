// The list: one link per conversation (<a href="inbox/4101">, relative to the
// base), last activity first. Rows carry no active state: the open
// conversation is known from the URL and the panel header only.
import type { MouseEvent } from 'react';
import { formatClock } from '../shared/clock-format.ts';
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { Avatar } from './avatar.tsx';
import { channelOf } from './channel.ts';
import { Icon } from './icons.tsx';
import { conversationHref } from './route.ts';
import type { DeskStrings } from './strings.ts';

interface Props {
  conversations: readonly GalleryConversation[];
  strings: DeskStrings;
  onNavigate(href: string): void;
}

/** Plain clicks route in-app; modified clicks open a tab, as a router link does. */
function follow(event: MouseEvent<HTMLAnchorElement>, onNavigate: (href: string) => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  onNavigate(event.currentTarget.getAttribute('href')!);
}

export function ConversationList({ conversations, strings, onNavigate }: Props) {
  return (
    <div className="conversation-list">
      {conversations.map((conversation) => {
        const last = lastMessage(conversation);
        return (
          <a
            key={conversation.id}
            className="conversation-card"
            href={conversationHref(conversation.id)}
            onClick={(event) => follow(event, onNavigate)}
          >
            <Avatar id={conversation.id} name={conversation.name} size={40} />
            <div className="conversation-card__body">
              <div className="conversation-card__top">
                <span className="conversation-card__inbox">{channelOf(conversation, strings)}</span>
                <span className="conversation-card__time">{last ? formatClock(last.at) : ''}</span>
              </div>
              <div className="conversation-card__title">
                <span className="conversation-card__name">{conversation.name}</span>
                {conversation.vip && <span className="label label--vip">{strings.vip}</span>}
              </div>
              <div className="conversation-card__bottom">
                <span className="conversation-card__preview">
                  {last?.author === 'note' && <Icon name="lock" size={12} />}
                  {last?.author === 'operator' && <Icon name="reply" size={12} />}
                  {last?.text ?? ''}
                </span>
                {conversation.unread > 0 && (
                  <span className="conversation-card__unread">{conversation.unread}</span>
                )}
              </div>
            </div>
          </a>
        );
      })}
    </div>
  );
}
