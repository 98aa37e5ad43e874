// The open conversation: a header, the thread with day separators and
// bubbles, and the composer. Scrolls to the newest message as they arrive.
import { Fragment, useLayoutEffect, useRef } from 'react';
import type { GalleryConversation, Lang } from '../shared/gallery-types.ts';
import { Avatar } from './avatar.tsx';
import { dayLabel, otherDay } from './inbox-format.ts';
import { openParts } from './inbox-elements.ts';
import type { InboxStrings } from './inbox-strings.ts';
import { MessageBubble } from './message-bubble.tsx';
import { ReplyComposer } from './reply-composer.tsx';

interface Props {
  conversation: GalleryConversation;
  lang: Lang;
  strings: InboxStrings;
  draft: string;
  noteMode: boolean;
  onDraft(text: string): void;
  onNoteMode(note: boolean): void;
  onSend(): void;
}

export function ConversationView({
  conversation,
  lang,
  strings,
  draft,
  noteMode,
  onDraft,
  onNoteMode,
  onSend,
}: Props) {
  const thread = useRef<HTMLDivElement>(null);
  const { messages } = conversation;
  const lastCustomer = messages.findLastIndex((message) => message.author === 'customer');
  const lastOperator = messages.findLastIndex((message) => message.author === 'operator');

  useLayoutEffect(() => {
    thread.current?.scrollTo({ top: thread.current.scrollHeight });
  }, [conversation.id, messages.length]);
  useLayoutEffect(() => {
    if (lastCustomer < 0) openParts.customerBubble = null;
    if (lastOperator < 0) openParts.operatorBubble = null;
  });

  const now = Date.now();
  return (
    <section className="flex-1 flex flex-col min-w-0 bg-white">
      <header className="flex items-center gap-3 h-16 px-6 border-b border-gray-200 shrink-0">
        <Avatar name={conversation.name} seed={conversation.id} size="w-9 h-9" />
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <h2 className="truncate text-base font-semibold text-gray-900">{conversation.name}</h2>
            {conversation.vip && (
              <span className="rounded px-1.5 text-2xs font-semibold uppercase tracking-wide bg-amber-100 text-amber-800">
                {strings.vip}
              </span>
            )}
          </div>
          <p className="text-xs text-gray-500">
            {strings.conversation} #{conversation.id} · {conversation.lang === 'ru' ? 'Русский' : 'English'}
          </p>
        </div>
        <span className="flex-1" />
        <button
          type="button"
          className="px-3 py-1.5 rounded-lg border border-gray-200 text-sm font-medium text-gray-700 hover:bg-gray-50"
        >
          {strings.assign}
        </button>
        <button
          type="button"
          className="px-3 py-1.5 rounded-lg bg-gray-900 text-sm font-medium text-white hover:bg-gray-700"
        >
          {strings.resolve}
        </button>
      </header>
      <div ref={thread} className="flex-1 overflow-y-auto px-6 py-4 flex flex-col bg-gray-50">
        {messages.map((message, index) => {
          const previous = messages[index - 1];
          const ref =
            index === lastCustomer
              ? (element: HTMLDivElement | null) => void (openParts.customerBubble = element)
              : index === lastOperator
                ? (element: HTMLDivElement | null) => void (openParts.operatorBubble = element)
                : undefined;
          return (
            <Fragment key={message.id}>
              {(!previous || otherDay(previous.at, message.at)) && (
                <div className="flex items-center gap-3 my-3">
                  <span className="flex-1 h-px bg-gray-200" />
                  <span className="text-xs font-medium text-gray-400">{dayLabel(message.at, now, lang)}</span>
                  <span className="flex-1 h-px bg-gray-200" />
                </div>
              )}
              <MessageBubble message={message} strings={strings} bubbleRef={ref} />
            </Fragment>
          );
        })}
      </div>
      <ReplyComposer
        draft={draft}
        noteMode={noteMode}
        strings={strings}
        onDraft={onDraft}
        onNoteMode={onNoteMode}
        onSend={onSend}
      />
    </section>
  );
}
