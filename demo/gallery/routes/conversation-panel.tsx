// The open conversation: a header whose <h2> is the customer's name, the
// thread, and the reply box.
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { Avatar } from './avatar.tsx';
import { channelOf } from './channel.ts';
import { Icon } from './icons.tsx';
import { MessageList } from './message-list.tsx';
import { ReplyBox, type ReplyMode } from './reply-box.tsx';
import type { DeskStrings } from './strings.ts';

interface Props {
  conversation: GalleryConversation;
  draft: string;
  mode: ReplyMode;
  now: number;
  strings: DeskStrings;
  onDraft(text: string): void;
  onMode(mode: ReplyMode): void;
  onSend(): void;
}

export function ConversationPanel({
  conversation,
  draft,
  mode,
  now,
  strings,
  onDraft,
  onMode,
  onSend,
}: Props) {
  return (
    <section className="conversation-panel">
      <header className="conversation-header">
        <Avatar id={conversation.id} name={conversation.name} size={36} />
        <div className="conversation-header__info">
          <div className="conversation-header__title">
            <h2 className="conversation-header__name">{conversation.name}</h2>
            {conversation.vip && <span className="label label--vip">{strings.vip}</span>}
          </div>
          <div className="conversation-header__sub">
            {channelOf(conversation, strings)} · #{conversation.id}
          </div>
        </div>
        <div className="conversation-header__actions">
          <button type="button" className="button button--success">
            <Icon name="check" size={13} /> {strings.resolve}
          </button>
        </div>
      </header>
      <MessageList
        conversationId={conversation.id}
        messages={conversation.messages}
        now={now}
        strings={strings}
      />
      <ReplyBox
        draft={draft}
        mode={mode}
        strings={strings}
        onDraft={onDraft}
        onMode={onMode}
        onSend={onSend}
      />
    </section>
  );
}
