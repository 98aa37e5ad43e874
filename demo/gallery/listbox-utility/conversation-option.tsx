// One option of the listbox: avatar, name (bold while unread), a truncated
// preview, an HH:mm time, and unread as a dot plus visually hidden text only.
import { memo, useLayoutEffect, useRef } from 'react';
import { formatClock } from '../shared/clock-format.ts';
import { lastMessage } from '../shared/gallery-sim.ts';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { Avatar } from './avatar.tsx';
import { unreadLabel } from './inbox-format.ts';
import { optionParts } from './inbox-elements.ts';
import type { InboxStrings } from './inbox-strings.ts';

export const optionId = (id: string) => `conversation-${id}`;

interface Props {
  conversation: GalleryConversation;
  selected: boolean;
  open: boolean;
  lang: Lang;
  strings: InboxStrings;
  onPick(id: string): void;
}

export const ConversationOption = memo(function ConversationOption({
  conversation,
  selected,
  open,
  lang,
  strings,
  onPick,
}: Props) {
  const row = useRef<HTMLLIElement>(null);
  const name = useRef<HTMLSpanElement>(null);
  const dot = useRef<HTMLSpanElement>(null);
  const preview = useRef<HTMLParagraphElement>(null);
  const { id } = conversation;
  useLayoutEffect(() => {
    optionParts.set(id, { row: row.current, name: name.current, dot: dot.current, preview: preview.current });
    return () => {
      optionParts.delete(id);
    };
  });

  const last = lastMessage(conversation);
  const unread = conversation.unread > 0;
  const prefix = last?.author === 'operator' ? `${strings.you}: ` : last?.author === 'note' ? '✎ ' : '';
  const tone = selected ? 'bg-indigo-50' : open ? 'bg-gray-100' : 'bg-white hover:bg-gray-50';
  return (
    <li
      ref={row}
      id={optionId(id)}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      // Focus stays on the listbox (aria-activedescendant), as the pattern asks.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(id)}
      className={`relative flex items-start gap-3 px-4 py-3 border-b border-gray-100 cursor-pointer select-none ${tone}`}
    >
      {selected && <span className="absolute left-0 top-0 bottom-0 w-1 bg-indigo-600" />}
      <Avatar name={conversation.name} seed={id} />
      <div className="flex-1 min-w-0">
        <div className="flex items-center gap-2">
          <span
            ref={name}
            className={`truncate text-sm ${unread ? 'font-semibold text-gray-900' : 'font-medium text-gray-700'}`}
          >
            {conversation.name}
          </span>
          {conversation.vip && (
            <span className="shrink-0 rounded px-1.5 text-2xs font-semibold uppercase tracking-wide bg-amber-100 text-amber-800">
              {strings.vip}
            </span>
          )}
          <span className="flex-1" />
          {last && (
            <time
              dateTime={new Date(last.at).toISOString()}
              className={`shrink-0 text-xs tabular-nums ${unread ? 'text-indigo-600 font-semibold' : 'text-gray-400'}`}
            >
              {formatClock(last.at)}
            </time>
          )}
        </div>
        <div className="flex items-center gap-2 mt-0.5">
          <p
            ref={preview}
            className={`flex-1 truncate text-sm ${unread ? 'text-gray-800' : 'text-gray-500'}`}
          >
            {prefix}
            {last?.text ?? ''}
          </p>
          {unread && (
            <>
              <span className="sr-only">{unreadLabel(conversation.unread, lang)}</span>
              <span ref={dot} className="shrink-0 w-2 h-2 rounded-full bg-blue-500" />
            </>
          )}
        </div>
      </div>
    </li>
  );
});
