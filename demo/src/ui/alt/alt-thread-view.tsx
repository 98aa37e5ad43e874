// The alt chat pane: <main data-thread-view> with <article data-side> messages.
import { memo, useLayoutEffect, useRef } from 'react';
import type { Author, Conversation, Message } from '../../sim/types.ts';
import type { ComposerKind } from '../composers/composer-kind.ts';
import { formatClock, isoTime } from '../format-time.ts';
import { ALT } from './alt-classes.ts';
import { AltComposer } from './alt-composer.tsx';
import { AltStar } from './alt-avatar.tsx';
import type { AltStrings } from './alt-strings.ts';

/** `data-side` of each author. */
export const SIDES: Readonly<Record<Author, string>> = {
  customer: 'in',
  operator: 'out',
  note: 'internal',
  bot: 'system',
};

const AltMessage = memo(function AltMessage({ message, strings }: { message: Message; strings: AltStrings }) {
  const label =
    message.author === 'note' ? strings.internalLabel : message.author === 'bot' ? strings.systemLabel : null;
  return (
    <article className={ALT.bubble} data-side={SIDES[message.author]} data-mid={message.id}>
      {label && <span className={ALT.bubbleLabel}>{label}</span>}
      <p className={ALT.bubbleText}>{message.text}</p>
      <time className={ALT.bubbleTime} dateTime={isoTime(message.at)}>
        {formatClock(message.at)}
      </time>
    </article>
  );
});

const AltTimeline = memo(function AltTimeline({
  messages,
  strings,
}: {
  messages: readonly Message[];
  strings: AltStrings;
}) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = container.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  return (
    <div className={ALT.timeline} ref={container} role="log" aria-live="polite">
      {messages.map((message) => (
        <AltMessage key={message.id} message={message} strings={strings} />
      ))}
    </div>
  );
});

export interface AltThreadViewProps {
  readonly conv: Conversation | undefined;
  readonly strings: AltStrings;
  readonly composer: ComposerKind;
  readonly onSend: (id: string, text: string, asNote: boolean) => void;
}

export function AltThreadView({ conv, strings, composer, onSend }: AltThreadViewProps) {
  if (!conv) {
    return (
      <main className={`${ALT.view} ${ALT.viewEmpty}`}>
        <div className={ALT.emptyTitle}>{strings.emptyTitle}</div>
        <div className={ALT.emptyHint}>{strings.emptyHint}</div>
      </main>
    );
  }
  return (
    <main className={ALT.view} data-thread-view={conv.id}>
      <header className={ALT.viewHeader}>
        <h1 className={ALT.viewTitle}>{conv.name}</h1>
        {conv.vip && <AltStar />}
        <span className={ALT.viewMeta}>
          {strings.webChat} · {strings.languageNames[conv.lang]}
        </span>
      </header>
      <AltTimeline messages={conv.messages} strings={strings} />
      {/* Keyed by conversation: each chat gets a fresh composer. */}
      <AltComposer
        key={conv.id}
        kind={composer}
        strings={strings}
        onSend={(text, asNote) => onSend(conv.id, text, asNote)}
      />
    </main>
  );
}
