// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchSends, type SendWatcher, type SendWatcherTimers } from '../../../lib/adapters/send-watcher';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';
import type { Observation, ObservedRow } from '../../../lib/domain/observation';
import { makeObservedRow } from '../../fixtures/observed-row';

const sel = (css: string) => [{ css, why: 'test' }];

function profile(extra: Record<string, unknown> = {}): SiteProfile {
  const parsed = parseSiteProfile({
    id: 'send-desk',
    name: 'Send desk',
    matches: ['https://desk.test/*'],
    detect: 'body',
    rows: sel('.row'),
    rowKey: { attribute: 'data-key' },
    customerName: sel('.row'),
    composer: sel('.composer'),
    sendButton: sel('.send'),
    noteMode: sel('.composer-box--note'),
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}

const row = (key: string, active: boolean): ObservedRow =>
  makeObservedRow(key, { name: key, rowText: key, active });

const observation = (active: string[], chatKey: string | null = null): Observation => ({
  site: 'https://desk.test',
  profileId: 'send-desk',
  rows: ['a', 'b', 'c'].map((key) => row(key, active.includes(key))),
  open: active.length === 1 ? 'known' : 'none',
  chat: chatKey === null ? null : { key: chatKey, messages: [] },
  composerFound: true,
});

/** Timers that run only when the test moves the clock. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timers: SendWatcherTimers = {
    setTimeout: (callback, ms) => {
      due.set(nextId, { at: now + ms, callback });
      return nextId++;
    },
    clearTimeout: (id) => void due.delete(id),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = [...due].filter(([, t]) => t.at <= until).sort(([, x], [, y]) => x.at - y.at)[0];
      if (!next) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].callback();
    }
    now = until;
  };
  return { timers, advance };
}

type Behaviour = 'sends' | 'refuses';

/**
 * A console: a textarea composer (or a contenteditable one) and a Send button.
 * Sending clears the box, as real consoles do, unless told to refuse.
 */
function mountDesk(
  scope: ParentNode & Node,
  { kind = 'textarea', behaviour = 'sends' }: { kind?: 'textarea' | 'rich'; behaviour?: Behaviour } = {},
) {
  const doc = scope.ownerDocument ?? (scope as Document);
  const box = doc.createElement('div');
  box.className = 'composer-box';
  const editor =
    kind === 'textarea'
      ? doc.createElement('textarea')
      : Object.assign(doc.createElement('div'), { contentEditable: 'true' });
  // The profile points at a wrapper, as teaching often records it: the editable is found inside.
  const wrapper = doc.createElement('div');
  wrapper.className = 'composer';
  wrapper.append(editor);
  const send = doc.createElement('button');
  send.className = 'send';
  send.append(doc.createElement('span'));
  box.append(wrapper, send);
  (scope as ParentNode).append(box);
  const text = () => (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? ''));
  const type = (value: string) => {
    if (editor instanceof HTMLTextAreaElement) editor.value = value;
    else editor.textContent = value;
  };
  const doSend = () => {
    if (behaviour === 'sends' && text().trim() !== '') type('');
  };
  editor.addEventListener('keydown', (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.isComposing) return;
    if (key.shiftKey) type(`${text()}\n`);
    else if (!key.ctrlKey && !key.altKey && !key.metaKey) doSend();
  });
  send.addEventListener('click', doSend);
  return {
    box,
    editor,
    send,
    type,
    text,
    enter: (init: KeyboardEventInit = {}) =>
      editor.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          bubbles: true,
          composed: true,
          cancelable: true,
          ...init,
        }),
      ),
    click: () =>
      (send.firstChild as HTMLElement).dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      ),
  };
}

let watcher: SendWatcher | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.innerHTML = '';
});

function start(seen: Observation | null = observation(['b'], 'b'), extra: Record<string, unknown> = {}) {
  const sent: string[] = [];
  const { timers, advance } = fakeTimers();
  watcher = watchSends({
    root: document,
    profile: profile(extra),
    lastObservation: () => seen,
    onSend: (key) => sent.push(key),
    timers,
  });
  return { sent, advance };
}

describe('the operator’s own Send', () => {
  it('Enter in the composer reports the open conversation once, after the text left the box', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    desk.type('Hello, Anna!');
    desk.enter();
    expect(sent).toEqual([]); // not before the console had a moment to send
    advance(500);
    expect(sent).toEqual(['b']);
    advance(2000);
    expect(sent).toEqual(['b']);
  });

  it('a click on Send (on an icon inside it) reports the open conversation once', () => {
    const desk = mountDesk(document.body, { kind: 'rich' });
    const { sent, advance } = start();
    desk.type('Your refund is on its way');
    desk.click();
    advance(2000);
    expect(sent).toEqual(['b']);
  });

  it('waits for a console that takes its time to clear the box', () => {
    const desk = mountDesk(document.body, { behaviour: 'refuses' });
    const { sent, advance } = start();
    desk.type('One moment please');
    desk.enter();
    advance(600);
    expect(sent).toEqual([]);
    desk.type(''); // the console cleared the box after its server answered
    advance(500);
    expect(sent).toEqual(['b']);
  });

  it('a box that now holds other text (the next reply already typed) still counts', () => {
    const desk = mountDesk(document.body, { behaviour: 'refuses' });
    const { sent, advance } = start();
    desk.type('First answer');
    desk.click();
    desk.type('Second');
    advance(500);
    expect(sent).toEqual(['b']);
  });

  it('reports nothing for Shift+Enter, Ctrl+Enter or Enter in an input method', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    desk.type('line one');
    desk.enter({ shiftKey: true });
    desk.enter({ ctrlKey: true });
    desk.enter({ altKey: true });
    desk.enter({ metaKey: true });
    desk.enter({ isComposing: true });
    advance(2000);
    expect(sent).toEqual([]);
  });

  it('reports nothing when the composer was empty', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    desk.type('   ');
    desk.enter();
    desk.click();
    advance(2000);
    expect(sent).toEqual([]);
  });

  it('reports nothing when the text stays (the console refused to send)', () => {
    const desk = mountDesk(document.body, { behaviour: 'refuses' });
    const { sent, advance } = start();
    desk.type('Hello');
    desk.click();
    advance(5000);
    expect(sent).toEqual([]);
    expect(desk.text()).toBe('Hello');
  });

  it('reports nothing unless exactly one conversation is open', () => {
    for (const seen of [observation(['a'], 'b'), observation([]), null]) {
      const desk = mountDesk(document.body);
      const { sent, advance } = start(seen);
      desk.type('Hello');
      desk.enter();
      advance(2000);
      expect(sent).toEqual([]);
      watcher?.stop();
      document.body.innerHTML = '';
    }
  });

  it('the row and the pane naming the same conversation is one open conversation', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start(observation(['c'], 'c'));
    desk.type('Hello');
    desk.enter();
    advance(2000);
    expect(sent).toEqual(['c']);
  });

  it('reports nothing in the console’s note mode', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    desk.box.classList.add('composer-box--note');
    desk.type('Customer is on the old plan');
    desk.enter();
    advance(2000);
    expect(sent).toEqual([]);
    // Back in reply mode, Send is a reply again.
    desk.box.classList.remove('composer-box--note');
    desk.type('Done!');
    desk.click();
    advance(2000);
    expect(sent).toEqual(['b']);
  });

  it('sees a composer and a Send inside an open shadow root', () => {
    const host = document.createElement('reply-box');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const desk = mountDesk(shadow);
    const { sent, advance } = start(observation(['a']), { shadowHosts: sel('reply-box') });
    desk.type('From inside the shadow');
    desk.enter();
    advance(2000);
    desk.type('And by the button');
    desk.click();
    advance(2000);
    expect(sent).toEqual(['a', 'a']);
  });

  it('sees a composer inside a same-origin frame, also one that appeared later', () => {
    const { sent, advance } = start(observation(['c']), { frames: sel('iframe.chat-frame') });
    const frame = document.createElement('iframe');
    frame.className = 'chat-frame';
    const frameDoc = document.implementation.createHTMLDocument('chat');
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
    document.body.append(frame);
    const desk = mountDesk(frameDoc.body);
    watcher?.refresh(); // the overlay refreshes after each scan
    desk.type('Answer from the frame');
    desk.enter();
    advance(2000);
    expect(sent).toEqual(['c']);
  });

  it('a console that sends on press: the text at the press is what was sent', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    desk.type('Sent on pointerdown');
    desk.send.addEventListener('pointerdown', () => desk.type(''));
    desk.send.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    desk.click();
    advance(2000);
    expect(sent).toEqual(['b']);
  });

  it('stops listening when stopped', () => {
    const desk = mountDesk(document.body);
    const { sent, advance } = start();
    watcher?.stop();
    desk.type('Hello');
    desk.enter();
    advance(2000);
    expect(sent).toEqual([]);
  });
});
