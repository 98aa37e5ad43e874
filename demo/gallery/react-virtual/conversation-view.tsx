// The open conversation: a header with the customer's name, the messages
// (scrolled to the newest), and the composer.
import { useLayoutEffect, useRef } from 'react';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { Composer, type ComposerMode } from './composer.tsx';
import styles from './conversation-view.module.css';
import { MessageBubble } from './message-bubble.tsx';
import type { InboxStrings } from './strings.ts';
import { VipStar } from './vip-star.tsx';

interface Props {
  conversation: GalleryConversation;
  draft: string;
  mode: ComposerMode;
  now: number;
  strings: InboxStrings;
  onDraft(text: string): void;
  onMode(mode: ComposerMode): void;
  onSend(text: string, mode: ComposerMode): void;
}

export function ConversationView({
  conversation,
  draft,
  mode,
  now,
  strings,
  onDraft,
  onMode,
  onSend,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = conversation.messages.length;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [conversation.id, count]);

  return (
    <section className={styles.pane}>
      <header className={styles.header}>
        <div className={styles.title}>
          <span className={styles.titleName}>{conversation.name}</span>
          {conversation.vip && <VipStar label={strings.vip} />}
        </div>
        <div className={styles.headerActions}>
          <button type="button" className={styles.ghost}>
            {strings.snooze}
          </button>
          <button type="button" className={styles.primary}>
            {strings.close}
          </button>
        </div>
      </header>
      <div className={styles.messages} ref={scroller}>
        {conversation.messages.map((message) => (
          <MessageBubble key={message.id} message={message} now={now} strings={strings} />
        ))}
      </div>
      <Composer
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
