import type { Conversation } from '../sim/types.ts';
import { Avatar } from './avatar.tsx';
import { Composer } from './composer.tsx';
import type { ComposerKind } from './composers/composer-kind.ts';
import { MessageList } from './message-list.tsx';
import type { DeskStrings } from './strings.ts';
import { VipTag } from './vip-tag.tsx';

export interface ChatPaneProps {
  readonly conv: Conversation | undefined;
  readonly strings: DeskStrings;
  readonly composer: ComposerKind;
  readonly onSend: (id: string, text: string, asNote: boolean) => void;
}

export function ChatPane({ conv, strings, composer, onSend }: ChatPaneProps) {
  if (!conv) {
    return (
      <section className="chat chat--empty">
        <div className="chat__placeholder">
          <div className="chat__placeholder-title">{strings.pickConversation}</div>
          <div>{strings.pickConversationHint}</div>
        </div>
      </section>
    );
  }
  return (
    <section className="chat" data-conversation-id={conv.id}>
      <header className="chat__header">
        <Avatar name={conv.name} />
        <div className="chat__heading">
          <div className="chat__title-line">
            <h1 className="chat__title">{conv.name}</h1>
            {conv.vip && <VipTag />}
          </div>
          <div className="chat__subtitle">
            {strings.webChat} · {strings.languageNames[conv.lang]}
          </div>
        </div>
      </header>
      <MessageList messages={conv.messages} strings={strings} />
      {/* Keyed by conversation: each chat gets a fresh composer, like switching tickets. */}
      <Composer
        key={conv.id}
        kind={composer}
        strings={strings}
        onSend={(text, asNote) => onSend(conv.id, text, asNote)}
      />
    </section>
  );
}
