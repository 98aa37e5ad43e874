// The reply box: a React-controlled textarea with a Reply / Note switch; Enter
// sends, Shift+Enter breaks the line, the Send button carries its text.
import { useLayoutEffect, useRef } from 'react';
import { openParts } from './inbox-elements.ts';
import type { InboxStrings } from './inbox-strings.ts';

interface Props {
  draft: string;
  noteMode: boolean;
  strings: InboxStrings;
  onDraft(text: string): void;
  onNoteMode(note: boolean): void;
  onSend(): void;
}

export function ReplyComposer({ draft, noteMode, strings, onDraft, onNoteMode, onSend }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const send = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    openParts.composer = box.current;
    openParts.send = send.current;
    return () => {
      openParts.composer = null;
      openParts.send = null;
    };
  }, []);

  const tab = (active: boolean) =>
    `px-3 py-1 text-xs font-medium rounded-md ${active ? 'bg-white text-gray-900 shadow-sm' : 'text-gray-500 hover:text-gray-700'}`;
  return (
    <div className="px-6 pb-5 pt-2">
      <div
        className={`rounded-xl border shadow-sm ${noteMode ? 'border-amber-300 bg-amber-50' : 'border-gray-200 bg-white'}`}
      >
        <div className="flex items-center gap-1 px-3 pt-2">
          <div className="inline-flex gap-0.5 p-0.5 rounded-lg bg-gray-100">
            <button type="button" className={tab(!noteMode)} onClick={() => onNoteMode(false)}>
              {strings.reply}
            </button>
            <button type="button" className={tab(noteMode)} onClick={() => onNoteMode(true)}>
              {strings.note}
            </button>
          </div>
        </div>
        <textarea
          ref={box}
          rows={3}
          value={draft}
          placeholder={noteMode ? strings.notePlaceholder : strings.replyPlaceholder}
          onChange={(event) => onDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              onSend();
            }
          }}
          className="block w-full resize-none bg-transparent px-3 py-2 text-sm text-gray-900 placeholder-gray-400 outline-none"
        />
        <div className="flex items-center justify-between px-3 pb-2">
          <span className="text-xs text-gray-400">{strings.hint}</span>
          <button
            ref={send}
            type="button"
            onClick={onSend}
            disabled={!draft.trim()}
            className={`inline-flex items-center gap-1.5 px-4 py-1.5 rounded-lg text-sm font-semibold text-white disabled:opacity-50 ${noteMode ? 'bg-amber-500 hover:bg-amber-600' : 'bg-indigo-600 hover:bg-indigo-700'}`}
          >
            {noteMode ? strings.addNote : strings.send}
          </button>
        </div>
      </div>
    </div>
  );
}
