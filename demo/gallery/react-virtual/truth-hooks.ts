// Ground truth for tests (window.nzGallery): where this console draws each
// conversation and what its composer holds, read from its own model and DOM.
import { byLastActivity } from '../shared/by-last-activity.ts';
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import { visibleRect } from '../shared/ground-truth.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import composerStyles from './composer.module.css';
import listStyles from './conversation-list.module.css';
import viewStyles from './conversation-view.module.css';
import type { InboxModel } from './inbox-model.ts';
import { provenAge } from './relative-time.ts';

/** A selector for a CSS-module class (hashed names may hold characters CSS escapes). */
const sel = (name: string | undefined) => `.${CSS.escape(name ?? '')}`;

export function truthHooks(sim: GallerySim, model: InboxModel): ConsoleHooks {
  // The row as drawn; whether it is on screen (clipped by the scroller or not) is the shared truth's call.
  const rowOf = (id: string): Element | null =>
    document.querySelector(`[data-conversation-id="${CSS.escape(id)}"]`);
  /** Entirely inside the scroller, so a click on its text reaches it. */
  const wholeInView = (row: Element | null): boolean => {
    const scroller = document.querySelector(sel(listStyles.scroller))?.getBoundingClientRect();
    const box = row?.getBoundingClientRect();
    return Boolean(box && scroller && box.top >= scroller.top && box.bottom <= scroller.bottom);
  };
  const lastBubble = (side: string | undefined) => {
    const bubbles = document.querySelectorAll(`${sel(side)} ${sel(viewStyles.text)}`);
    return bubbles[bubbles.length - 1] ?? null;
  };
  /** The composer's Reply and Note tabs, in that order. */
  const tabs = () => [...document.querySelectorAll(`${sel(composerStyles.tabs)} > button`)];
  /** The composer draws its note mode with its own class (the mode is React state per conversation). */
  const inNoteMode = () => document.querySelector(sel(composerStyles.noteMode)) !== null;
  return {
    rowOf,
    rowTimeProves: provenAge,
    inNoteMode,
    composerText: () => {
      const id = sim.openId();
      return id === null ? null : (model.drafts[id] ?? '');
    },
    teachTargets: () => {
      const waiting = byLastActivity(sim.conversations()).find(
        (conversation) =>
          conversation.unread > 0 &&
          conversation.id !== sim.openId() &&
          visibleRect(rowOf(conversation.id)) !== null &&
          wholeInView(rowOf(conversation.id)),
      );
      const row = waiting ? rowOf(waiting.id) : null;
      return {
        row,
        name: row?.querySelector(sel(listStyles.name)) ?? null,
        unread: row?.querySelector(sel(listStyles.pill)) ?? null,
        preview: row?.querySelector(sel(listStyles.preview)) ?? null,
        time: row?.querySelector(sel(listStyles.time)) ?? null,
        customerBubble: lastBubble(viewStyles.customer),
        operatorBubble: lastBubble(viewStyles.operator),
        composer: document.querySelector(sel(composerStyles.editor)),
        send: document.querySelector(sel(composerStyles.send)),
        noteSwitch: tabs()[1] ?? null,
        replySwitch: inNoteMode() ? (tabs()[0] ?? null) : null,
      };
    },
  };
}
