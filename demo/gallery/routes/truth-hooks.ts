// Ground truth for tests (window.nzGallery): where this console draws each
// conversation, what its reply box holds (React state), and how it opens one
// (a route change, as a click on a row link does).
import { byLastActivity } from '../shared/by-last-activity.ts';
import type { GallerySim } from '../shared/gallery-sim.ts';
import type { ConsoleHooks } from '../shared/ground-truth.ts';
import { visibleRect } from '../shared/ground-truth.ts';
import type { DeskModel } from './desk-model.ts';
import { conversationHref } from './route.ts';
import type { Router } from './router.ts';

export function truthHooks(sim: GallerySim, router: Router, model: DeskModel): ConsoleHooks {
  const listBox = () => document.querySelector('.conversation-list')?.getBoundingClientRect();
  // The row as drawn; whether it is on screen (clipped by the scroller or not) is the shared truth's call.
  const rowOf = (id: string): Element | null =>
    document.querySelector(`a.conversation-card[href="${conversationHref(id)}"]`);
  /** Entirely inside the list, so a click on its text reaches it. */
  const wholeInView = (row: Element | null): boolean => {
    const list = listBox();
    const box = row?.getBoundingClientRect();
    return Boolean(box && list && box.top >= list.top && box.bottom <= list.bottom);
  };
  const openId = () => {
    const route = router.route();
    return route.name === 'inbox' && route.id !== null && sim.get(route.id) ? route.id : null;
  };
  const last = (selector: string) => {
    const found = document.querySelectorAll(selector);
    return found[found.length - 1] ?? null;
  };
  /** The reply box's Reply and Private note tabs, in that order. */
  const tabs = () => [...document.querySelectorAll('.reply-box__tab')];
  /** The reply box draws the open conversation's mode (React state) as its --private modifier. */
  const inNoteMode = () => document.querySelector('.reply-box--private') !== null;
  return {
    rowOf,
    inNoteMode,
    composerText: () => {
      const id = openId();
      return id === null ? null : (model.drafts[id] ?? '');
    },
    teachTargets: () => {
      const waiting = byLastActivity(sim.conversations()).find(
        (conversation) =>
          conversation.unread > 0 &&
          conversation.id !== openId() &&
          visibleRect(rowOf(conversation.id)) !== null &&
          wholeInView(rowOf(conversation.id)),
      );
      const row = waiting ? rowOf(waiting.id) : null;
      return {
        row,
        name: row?.querySelector('.conversation-card__name') ?? null,
        unread: row?.querySelector('.conversation-card__unread') ?? null,
        preview: row?.querySelector('.conversation-card__preview') ?? null,
        time: row?.querySelector('.conversation-card__time') ?? null,
        customerBubble: last('.message--incoming .message__text'),
        operatorBubble: last('.message--outgoing:not(.message--private):not(.message--bot) .message__text'),
        composer: document.querySelector('.reply-box__input'),
        send: document.querySelector('.reply-box__send'),
        noteSwitch: tabs()[1] ?? null,
        replySwitch: inNoteMode() ? (tabs()[0] ?? null) : null,
      };
    },
    open: (id) => router.navigate(conversationHref(id)),
  };
}
