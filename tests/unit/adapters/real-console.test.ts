// @vitest-environment happy-dom
// Markup of a real console, Live Helper Chat 4.90v, captured from its operator page
// (tests/fixtures/real-console/livehelperchat/facts.md says how and what each file shows).
// CI cannot run that console; these checks keep what was learnt from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findComposer, findRowElement, observe } from '../../../lib/adapters/engine';
import { profilesForUrl } from '../../../lib/adapters/find-profile';
import { proposeProfile } from '../../../lib/adapters/teach/proposal';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';

const SITE = 'http://127.0.0.1:8080';
// Paths, not URLs: the DOM environment replaces the global URL class.
const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/real-console/livehelperchat',
);
// Whole captured pages (~2,700 elements): parsing them in happy-dom takes a second or two.
const SLOW = { timeout: 30_000 };

const parsed = parseSiteProfile(JSON.parse(readFileSync(path.join(fixtures, 'profile.json'), 'utf8')));
const profile = (parsed.ok ? parsed.profile : null) as SiteProfile;

/** Puts a captured page into the document; its stylesheet links go (happy-dom would try to fetch them). */
function load(fixture: string) {
  document.body.innerHTML = readFileSync(path.join(fixtures, fixture), 'utf8').replace(/<link\b[^>]*>/g, '');
}
function observeFixture(fixture: string) {
  load(fixture);
  return observe(document, profile, SITE);
}
const summary = (rows: ReturnType<typeof observe>['rows']) =>
  rows.map(({ key, name, unread, active }) => ({ key, name, unread, active }));

describe('Live Helper Chat profile', () => {
  it('is a valid site profile', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('applies to the operator console and not to the visitor chat page of the same origin', () => {
    expect(profilesForUrl([profile], `${SITE}/index.php/site_admin/#dashboard`)).toHaveLength(1);
    expect(profilesForUrl([profile], `${SITE}/index.php/site_admin/#/chat-id-3`)).toHaveLength(1);
    expect(profilesForUrl([profile], `${SITE}/index.php/chat/start`)).toHaveLength(0);
  });
});

describe('engine on the real Live Helper Chat console', () => {
  it('reads the open-chats list with no conversation shown (list.html)', SLOW, () => {
    const observation = observeFixture('list.html');
    expect(summary(observation.rows)).toEqual([
      { key: '3', name: 'John Carter', unread: 0, active: false },
      { key: '4', name: 'Дмитрий Кузнецов', unread: 1, active: false },
      { key: '1', name: 'Анна Смирнова', unread: 0, active: false },
    ]);
    // The preview is the customer's messages joined by " » ", whoever wrote last: no author.
    expect(observation.rows[0]!.preview).toBe(
      "Hi, my order #1042 hasn't arrived yet. » It was due last Tuesday. » Can you check the tracking number please?",
    );
    expect(observation.rows.every((row) => row.previewAuthor === null)).toBe(true);
    // Times are relative ("05 m. 44 s."); the profile gives no lastTime.
    expect(observation.rows.every((row) => row.lastAt === null)).toBe(true);
    expect(observation.chat).toBeNull();
    expect(observation.composerFound).toBe(false);
    // Rows are found again by key for the badges.
    expect(findRowElement(document, profile, '4')?.querySelector('.small-truncate-nick')?.textContent).toBe(
      'Дмитрий Кузнецов',
    );
  });

  it('reads one open conversation with customer, operator and note bubbles (chat-open.html)', SLOW, () => {
    const observation = observeFixture('chat-open.html');
    expect(summary(observation.rows)).toEqual([{ key: '3', name: 'John Carter', unread: 0, active: true }]);
    expect(observation.chat?.messages.map(({ id, author }) => ({ id, author }))).toEqual([
      { id: 'msg-3', author: 'customer' },
      { id: 'msg-4', author: 'customer' },
      { id: 'msg-5', author: 'customer' },
      // msg-11 and the unnumbered "Visitor has joined" are system lines: no author rule, skipped.
      { id: 'msg-12', author: 'operator' },
      { id: 'msg-15', author: 'note' },
    ]);
    // Bubble times are "07:25:40" in a title and .msg-date: no date, so nothing the engine reads.
    expect(observation.chat?.messages.every((message) => message.at === null)).toBe(true);
    expect(observation.composerFound).toBe(true);
    expect(findComposer(document, profile)?.id).toBe('editor-3');
  });

  // Gap: .msg-body also holds the reaction icons and the delivery tick, written as
  // material-icons ligature words ("thumb_up", "done_all"); CSS cannot select a bare
  // text node, so the engine reads "thumb_upthumb_downHi, my order…".
  it.fails('reads bubble texts without the icon ligature words', SLOW, () => {
    const observation = observeFixture('chat-open.html');
    expect(observation.chat?.messages.map((message) => message.text)).toEqual([
      "Hi, my order #1042 hasn't arrived yet.",
      'It was due last Tuesday.',
      'Can you check the tracking number please?',
      'Hi John, let me check the tracking for order #1042.',
      'Note: courier says parcel is stuck in Kazan hub',
    ]);
  });

  it('today reads the icon words into the text (the truth the failing check above describes)', SLOW, () => {
    const observation = observeFixture('chat-open.html');
    expect(observation.chat?.messages[0]?.text).toBe(
      "thumb_upthumb_downHi, my order #1042 hasn't arrived yet.",
    );
    expect(observation.chat?.messages[3]?.text).toBe(
      'done_allHi John, let me check the tracking for order #1042.',
    );
  });

  // Gap: the chat pane says which chat it is only as id="chat-id-3" (and #editor-3,
  // record_id="3" on lhc-editor), the row as title="3". A keyAttribute must equal the
  // row key exactly, so the profile has none and chat.key stays null.
  it.fails('knows the open chat’s key from its pane', SLOW, () => {
    expect(observeFixture('chat-open.html').chat?.key).toBe('3');
  });

  it('reads the shown chat, not the hidden ones, with three chats open (three-open.html)', SLOW, () => {
    const observation = observeFixture('three-open.html');
    expect(summary(observation.rows)).toEqual([
      { key: '4', name: 'Дмитрий Кузнецов', unread: 0, active: false },
      { key: '3', name: 'John Carter', unread: 0, active: true },
      { key: '1', name: 'Анна Смирнова', unread: 1, active: false },
    ]);
    // The hidden panes keep their own bubbles and composers in the DOM.
    expect(document.querySelectorAll('.chat-tab-pane')).toHaveLength(3);
    expect(document.querySelectorAll('.lhc-editor[contenteditable="true"]')).toHaveLength(3);
    expect(observation.chat?.messages).toHaveLength(5);
    expect(observation.chat?.messages[0]?.id).toBe('msg-3');
    expect(findComposer(document, profile)?.id).toBe('editor-3');
  });

  it('sees the unread count of a chat whose customer wrote while another was shown', SLOW, () => {
    const observation = observeFixture('other-chat-wrote.html');
    expect(summary(observation.rows)).toEqual([
      { key: '4', name: 'Дмитрий Кузнецов', unread: 0, active: true },
      { key: '3', name: 'John Carter', unread: 0, active: false },
      { key: '1', name: 'Анна Смирнова', unread: 1, active: false },
    ]);
    expect(observation.rows[2]!.preview).toBe('Спасибо, в спаме нашла. Но ссылка в письме уже устарела.');
    expect(observation.chat?.messages.map((message) => message.author)).toEqual(['customer']);
  });

  // Gap: after the operator goes back to the dashboard, the last chat's row keeps
  // .chat-tab-active although no pane is shown (no .chat-tab-pane.active, URL #dashboard).
  // The engine reads the row alone, so it reports chat 4 as open.
  it.fails('reports no open conversation when the dashboard is shown (list-stale-active.html)', SLOW, () => {
    const observation = observeFixture('list-stale-active.html');
    expect(observation.chat).toBeNull();
    expect(observation.rows.filter((row) => row.active)).toEqual([]);
  });

  it('today reports the stale row as open while finding no open chat (the truth above)', SLOW, () => {
    const observation = observeFixture('list-stale-active.html');
    expect(observation.chat).toBeNull();
    expect(observation.rows.filter((row) => row.active).map((row) => row.key)).toEqual(['4']);
  });

  it('falls back to the Pending chats widget when no chat is open (pending-only.html)', SLOW, () => {
    const observation = observeFixture('pending-only.html');
    // These rows have no id attribute: keys fall back to names, and the second
    // "Анна Смирнова" (chat 2) is told apart by its place in the list.
    expect(observation.rows.map(({ key, name, active }) => ({ key, name, active }))).toEqual([
      { key: 'Анна Смирнова', name: 'Анна Смирнова', active: false },
      { key: 'Анна Смирнова #2', name: 'Анна Смирнова', active: false },
      { key: 'John Carter', name: 'John Carter', active: false },
      { key: 'Дмитрий Кузнецов', name: 'Дмитрий Кузнецов', active: false },
      { key: 'Emily Stone', name: 'Emily Stone', active: false },
      { key: 'Олег Петров', name: 'Олег Петров', active: false },
    ]);
    expect(
      document.querySelectorAll('#dashboard [data-panel-id="pending_chats"] tr.user-online-row'),
    ).toHaveLength(6);
    expect(observation.chat).toBeNull();
  });

  // The pending row's chat id is only inside it, in the info icon's title "[2] 07:25:32";
  // with names as the only key, the two are kept apart by their place in the list.
  it('tells the two customers named Анна Смирнова apart in the pending list', SLOW, () => {
    const observation = observeFixture('pending-only.html');
    expect(observation.rows.filter((row) => row.name === 'Анна Смирнова')).toHaveLength(2);
  });
});

describe('proposeProfile on the real Live Helper Chat console', () => {
  // Wrong today: the largest group of look-alike siblings with clock times is the
  // message list of a chat pane (hidden on list.html), not the conversation list
  // (three .chat-tabs-row divs, no clock time, "(1)" with brackets is not a count).
  it('proposes the bubbles of a hidden chat pane as rows on the list page', SLOW, () => {
    load('list.html');
    const proposal = proposeProfile(document);
    expect(proposal?.rows.css).toBe('div#messagesBlock-3 > div.message-row');
    const matched = [...document.querySelectorAll(proposal!.rows.css)];
    expect(matched).toHaveLength(7);
    expect(matched.every((row) => row.classList.contains('message-row'))).toBe(true);
    expect(matched.some((row) => row.classList.contains('chat-tabs-row'))).toBe(false);
    // Its composer is the first editor in the document: a hidden chat's (#editor-4),
    // on a page where no chat is shown. Also wrong.
    expect(proposal?.composer?.css).toBe('div#editor-4');
  });

  it('proposes the open chat’s bubbles as rows when one chat is open', SLOW, () => {
    load('chat-open.html');
    const proposal = proposeProfile(document);
    expect(proposal?.rows.css).toBe('div.message-row');
    expect(document.querySelectorAll(proposal!.rows.css)).toHaveLength(7);
    // Right composer here, but keyed by the chat's own id, so it would not outlive a chat switch.
    expect(proposal?.composer?.css).toBe('div#editor-3');
  });

  it('proposes a hidden chat’s composer when three chats are open', SLOW, () => {
    load('three-open.html');
    const proposal = proposeProfile(document);
    // John (chat 3) is shown; #editor-1 belongs to Анна's hidden pane. Wrong.
    expect(proposal?.composer?.css).toBe('div#editor-1');
  });
});
