// The tests' ground truth for Pulse: rows in this document, bubbles and the
// composer in the frame's current document (only once it shows the open dialog).
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { ConsoleHooks } from '../shared/ground-truth.ts';

interface Parts {
  sim: GallerySim;
  list: HTMLUListElement;
  frame: HTMLIFrameElement;
  open(id: string): void;
}

export function teachHooks({ sim, list, frame, open }: Parts): ConsoleHooks {
  /** The frame's document, if it has finished loading the dialog that is open. */
  const threadDocument = (): Document | null => {
    const openId = sim.openId();
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (openId === null || !win || !doc) return null;
    if (new URLSearchParams(win.location.search).get('chat') !== openId) return null;
    return doc.querySelector('.composer') ? doc : null;
  };
  const last = (doc: Document | null, selector: string) => {
    const all = doc?.querySelectorAll(selector);
    return all && all.length ? all[all.length - 1]! : null;
  };
  /** The composer's mode radio (Reply or Note), in the frame's document. */
  const modeRadio = (mode: 'operator' | 'note') =>
    threadDocument()?.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`) ?? null;
  const inNoteMode = () => modeRadio('note')?.checked ?? false;
  return {
    rowOf: (id) => list.querySelector(`li[data-chat="${id}"]`),
    inNoteMode,
    composerText: () => threadDocument()?.querySelector('textarea')?.value ?? null,
    open,
    teachTargets: () => {
      const openId = sim.openId();
      const row = [...list.querySelectorAll<HTMLLIElement>('li.unread')].find(
        (li) => li.dataset.chat !== openId,
      );
      const doc = threadDocument();
      return {
        row: row ?? null,
        name: row?.querySelector('.name') ?? null,
        unread: row?.querySelector('.count') ?? null,
        preview: row?.querySelector('.preview') ?? null,
        time: row?.querySelector('.time') ?? null,
        customerBubble: last(doc, '.msg-client .msg-text'),
        operatorBubble: last(doc, '.msg-agent .msg-text'),
        composer: doc?.querySelector('textarea') ?? null,
        send: doc?.querySelector('.send') ?? null,
        noteSwitch: modeRadio('note'),
        replySwitch: inNoteMode() ? modeRadio('operator') : null,
      };
    },
  };
}
