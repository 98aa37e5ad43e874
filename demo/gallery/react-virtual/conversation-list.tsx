// The inbox list, windowed by hand: a fixed-height scroller, fixed-height rows,
// only the rows in view plus OVERSCAN either side in the DOM. Rows are keyed by
// slot (index modulo the slot count), so scrolling hands the same DOM nodes to
// other conversations, as react-window and friends do.
import { useLayoutEffect, useRef, useState } from 'react';
import type { GalleryConversation } from '../shared/gallery-types.ts';
import { ConversationRow } from './conversation-row.tsx';
import styles from './conversation-list.module.css';
import type { InboxStrings } from './strings.ts';
import { slotCount, virtualRange } from './virtual-range.ts';

export const ROW_HEIGHT = 80;
const OVERSCAN = 2;

interface Props {
  conversations: readonly GalleryConversation[];
  openId: string | null;
  now: number;
  strings: InboxStrings;
  onOpen(id: string): void;
}

export function ConversationList({ conversations, openId, now, strings, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const { start, end } = virtualRange(scrollTop, height, ROW_HEIGHT, conversations.length, OVERSCAN);
  const slots = slotCount(height, ROW_HEIGHT, OVERSCAN);
  const rows = [];
  for (let index = start; index < end; index++) {
    const conversation = conversations[index]!;
    rows.push(
      <ConversationRow
        key={index % slots}
        conversation={conversation}
        top={index * ROW_HEIGHT}
        active={conversation.id === openId}
        now={now}
        strings={strings}
        onOpen={onOpen}
      />,
    );
  }

  return (
    <div
      className={styles.scroller}
      ref={scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className={styles.track} style={{ height: conversations.length * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}
