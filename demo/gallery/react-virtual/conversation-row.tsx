// One slot of the windowed list. The slot's DOM node outlives the conversation
// it shows: only data-conversation-id and the contents change when recycled.
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { lastMessage } from '../shared/gallery-sim.ts';
import { initialsOf } from '../shared/initials.ts';
import { avatarColor } from './avatar-color.ts';
import styles from './conversation-list.module.css';
import { shortAgo } from './relative-time.ts';
import type { InboxStrings } from './strings.ts';
import { VipStar } from './vip-star.tsx';

interface Props {
  conversation: GalleryConversation;
  top: number;
  active: boolean;
  now: number;
  strings: InboxStrings;
  onOpen(id: string): void;
}

export function ConversationRow({ conversation, top, active, now, strings, onOpen }: Props) {
  const last = lastMessage(conversation);
  const unread = conversation.unread > 0;
  const prefix =
    last?.author === 'operator' ? `${strings.you}: ` : last?.author === 'note' ? `${strings.note}: ` : '';
  const classes = [styles.row, active ? styles.active : '', unread ? styles.unread : ''].filter(Boolean);
  return (
    <div
      className={classes.join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      data-conversation-id={conversation.id}
      onClick={() => onOpen(conversation.id)}
    >
      <span className={styles.avatar} style={{ background: avatarColor(conversation.id) }}>
        {initialsOf(conversation.name)}
      </span>
      <div className={styles.body}>
        <div className={styles.line}>
          <span className={styles.name}>{conversation.name}</span>
          {conversation.vip && <VipStar label={strings.vip} />}
          <span className={styles.time}>{last ? shortAgo(last.at, now, strings) : ''}</span>
        </div>
        <div className={styles.line}>
          <span className={styles.preview}>
            {prefix}
            {last?.text ?? ''}
          </span>
          {unread && <span className={styles.pill}>{conversation.unread}</span>}
        </div>
      </div>
    </div>
  );
}
