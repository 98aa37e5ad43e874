import type { ObservedChat, ObservedMessage } from '../domain/observation';
import { showsAsNote } from './bubble-note';
import { findAllBelow, findBelow, findIn, type Compiled } from './compiled-profile';
import { findShownTime } from './find-shown-time';
import { isShown } from './is-shown';
import { clip, collapse } from './page-text';
import { readTime } from './read-row';
import { shownText } from './shadow-path';

// The open chat read through a compiled profile: its key and its newest bubbles.

const MESSAGE_TEXT_MAX = 2000;
const MESSAGES_MAX = 50;

export function readChat(
  root: ParentNode,
  rule: NonNullable<Compiled['chat']>,
  now: number | undefined,
): ObservedChat | null {
  const chatRoot = findBelow(root, rule.root);
  if (!chatRoot) return null;
  // The whole page: its frames and shadow roots too (a chat in an iframe, bubbles as components).
  const bubbles = findAllBelow(chatRoot.localName === 'body' ? root : chatRoot, rule.messages);
  const messages: ObservedMessage[] = [];
  // Newest first until 50 are kept, so a long history costs nothing.
  for (let index = bubbles.length - 1; index >= 0 && messages.length < MESSAGES_MAX; index -= 1) {
    const bubble = bubbles[index]!;
    // Another chat's pane kept hidden in the page (tabbed consoles) is not the open conversation.
    if (!isShown(bubble)) continue;
    const taught = rule.authors.find((candidate) => bubble.matches(candidate.selector))?.author;
    if (!taught) continue;
    // A note drawn as the operator's bubble answers nobody.
    const author = taught === 'operator' && showsAsNote(bubble) ? 'note' : taught;
    const textElement = findIn(bubble, rule.text) ?? bubble;
    messages.push({
      id: rule.idAttribute ? bubble.getAttribute(rule.idAttribute) || null : null,
      author,
      text: clip(collapse(shownText(textElement)), MESSAGE_TEXT_MAX),
      at:
        (rule.time
          ? readTime(bubble, rule.time, now)
          : now === undefined
            ? null
            : findShownTime(bubble, now, textElement === bubble ? null : textElement)
        )?.at ?? null,
    });
  }
  messages.reverse();
  return {
    key: rule.keyAttribute ? chatRoot.getAttribute(rule.keyAttribute) || null : null,
    messages,
  };
}
