// The reply box: a React-controlled <textarea> with "Reply" / "Private note"
// tabs and a text Send button. Enter sends, Shift+Enter is a new line.
import type { DeskStrings } from './strings.ts';

export type ReplyMode = 'reply' | 'note';

interface Props {
  draft: string;
  mode: ReplyMode;
  strings: DeskStrings;
  onDraft(text: string): void;
  onMode(mode: ReplyMode): void;
  onSend(): void;
}

export function ReplyBox({ draft, mode, strings, onDraft, onMode, onSend }: Props) {
  return (
    <div className={mode === 'note' ? 'reply-box reply-box--private' : 'reply-box'}>
      <div className="reply-box__tabs">
        <button
          type="button"
          className={mode === 'reply' ? 'reply-box__tab is-active' : 'reply-box__tab'}
          onClick={() => onMode('reply')}
        >
          {strings.reply}
        </button>
        <button
          type="button"
          className={mode === 'note' ? 'reply-box__tab is-active' : 'reply-box__tab'}
          onClick={() => onMode('note')}
        >
          {strings.privateNote}
        </button>
      </div>
      <textarea
        className="reply-box__input"
        rows={3}
        value={draft}
        placeholder={mode === 'note' ? strings.notePlaceholder : strings.replyPlaceholder}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            onSend();
          }
        }}
      />
      <div className="reply-box__footer">
        <span className="reply-box__hint">{strings.shortcutHint}</span>
        <button type="button" className="button button--primary reply-box__send" onClick={onSend}>
          {mode === 'note' ? strings.addNote : strings.send}
        </button>
      </div>
    </div>
  );
}
