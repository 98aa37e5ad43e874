// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observe } from '../../../lib/adapters/engine';
import { parseSiteProfile } from '../../../lib/adapters/site-profile';
import { createTeachController, type TeachState } from '../../../lib/adapters/teach/controller';
import { buildTaughtProfile } from '../../../lib/adapters/teach/draft';

// The two optional steps: pinning the row's time, and learning the note mode
// from one click on the console's own switch.

const SITE = 'https://desk.example';
const NOW = new Date(2026, 11, 6, 15, 0).getTime();

const inbox = `<ul class="inbox">
  <li class="conv" data-id="1"><span class="who">Анна Смирнова</span><span class="sla">5 мин</span>
    <span class="when">14:05</span><span class="what">Где мой заказ?</span></li>
  <li class="conv" data-id="2"><span class="who">Grace Turner</span><span class="sla">12 мин</span>
    <span class="when">13:40</span><span class="what">Any news?</span></li>
  <li class="conv" data-id="3"><span class="who">Owen Collins</span><span class="sla">1 ч</span>
    <span class="when">11:58</span><span class="what">Refund please</span></li>
</ul>`;

let states: TeachState[];
let stop: (() => void) | undefined;
beforeEach(() => {
  states = [];
});
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

const q = (css: string) => document.querySelector(css)!;
const last = () => states.at(-1)!;

function start() {
  const controller = createTeachController({
    doc: document,
    ours: () => false,
    onChange: (state) => states.push(state),
    onCancel: () => {},
    now: () => NOW,
  });
  stop = controller.stop;
  return controller;
}

function profileOf(controller: ReturnType<typeof start>) {
  const built = buildTaughtProfile(`${SITE}/inbox`, controller.answers()!);
  if (!built.ok) throw new Error(built.errors.join('\n'));
  expect(parseSiteProfile(built.profile)).toEqual({ ok: true, profile: built.profile });
  return built.profile;
}

describe("teaching the row's time", () => {
  beforeEach(() => {
    document.body.innerHTML = inbox;
  });

  it('reads the time the operator clicked, not the first time-like text in the row', () => {
    const found = start();
    found.teach(q('.who'));
    found.teach(q('.who'));
    found.skip();
    found.skip();
    found.skip(); // time: found by itself
    // Found by itself, a row's first time-like text is its "5 мин" target, not its last message.
    const guessed = observe(document, profileOf(found), SITE, NOW).rows[0]!.lastAt;
    expect(guessed).toBeGreaterThan(NOW - 6 * 60_000);
    stop?.();

    const taught = start();
    taught.teach(q('.who'));
    taught.skip();
    taught.skip();
    taught.skip();
    expect(last().step).toBe('time');
    taught.teach(q('.conv:nth-child(2) .when'));
    expect([last().step, last().problem]).toEqual(['customerBubble', null]);
    const rows = observe(document, profileOf(taught), SITE, NOW).rows;
    expect(rows.map((row) => row.lastAt)).toEqual([
      new Date(2026, 11, 6, 14, 5, 59, 999).getTime(),
      new Date(2026, 11, 6, 13, 40, 59, 999).getTime(),
      new Date(2026, 11, 6, 11, 58, 59, 999).getTime(),
    ]);
  });

  it('keeps the full time a `datetime` attribute holds', () => {
    for (const [n, iso] of ['2026-12-06T11:05:12Z', '2026-12-06T10:40:00Z', '2026-12-06T08:58:30Z'].entries())
      q(`.conv:nth-child(${n + 1}) .when`).outerHTML = `<time class="when" datetime="${iso}">later</time>`;
    const controller = start();
    controller.teach(q('.who'));
    for (let i = 0; i < 3; i += 1) controller.skip();
    controller.teach(q('.when'));
    const profile = profileOf(controller);
    expect(profile.lastTime?.attribute).toBe('datetime');
    expect(observe(document, profile, SITE, NOW).rows[0]!.lastAt).toBe(Date.parse('2026-12-06T11:05:12Z'));
  });

  it('refuses a click on something that is not a time, and stays on the step', () => {
    const controller = start();
    controller.teach(q('.who'));
    for (let i = 0; i < 3; i += 1) controller.skip();
    controller.teach(q('.what'));
    expect([last().step, last().problem]).toEqual(['time', 'notTime']);
    expect(controller.answers()!.time).toBeNull();
  });
});

/** A reply box whose "Private note" tab marks the box, as consoles built on tabs do. */
function tabbedReplyBox() {
  document.body.innerHTML = `${inbox}
    <section class="thread"><div class="reply-box">
      <div class="tabs"><button class="tab is-active">Reply</button><button class="tab">Private note</button></div>
      <textarea class="reply" aria-label="Message"></textarea><button class="send">Send</button>
    </div></section>`;
  const [reply, note] = Array.from(document.querySelectorAll<HTMLButtonElement>('.tab'));
  const choose = (toNote: boolean) => {
    q('.reply-box').classList.toggle('reply-box--private', toNote);
    reply!.classList.toggle('is-active', !toNote);
    note!.classList.toggle('is-active', toNote);
  };
  reply!.addEventListener('click', () => choose(false));
  note!.addEventListener('click', () => choose(true));
  return { reply: reply!, note: note! };
}

/** Teach mode up to the note step, with the reply box taught. */
function toNoteStep() {
  const controller = start();
  controller.teach(q('.who'));
  for (let i = 0; i < 6; i += 1) controller.skip();
  controller.teach(q('.reply'));
  controller.skip(); // Send
  expect(last().step).toBe('noteMode');
  return controller;
}

const matchesNow = (css: string) => document.querySelectorAll(css).length > 0;

describe("teaching the console's note mode", () => {
  it('learns the class the note tab puts on the reply box: matched in note mode, not in reply mode', () => {
    const { reply, note } = tabbedReplyBox();
    const controller = toNoteStep();
    controller.teach(note);
    expect([last().step, last().problem]).toEqual(['review', null]);
    // The click reached the console: it is in note mode now.
    expect(q('.reply-box').classList.contains('reply-box--private')).toBe(true);
    const css = profileOf(controller).noteMode![0]!.css;
    expect(css).toBe('div.reply-box--private');
    expect(matchesNow(css)).toBe(true);
    stop?.(); // teaching done: clicks reach the console again
    reply.click();
    expect(matchesNow(css)).toBe(false);
  });

  it('learns a note checkbox that changes nothing else, and not from other checked boxes', () => {
    document.body.innerHTML = `${inbox}
      <label><input type="checkbox" class="remember" checked> Remember me</label>
      <form class="composer"><textarea class="reply"></textarea>
        <label class="note-toggle"><input type="checkbox"> Internal note</label><button>Send</button></form>`;
    const controller = toNoteStep();
    const box = q('.note-toggle input') as HTMLInputElement;
    controller.teach(box);
    expect([last().step, last().problem]).toEqual(['review', null]);
    const css = profileOf(controller).noteMode![0]!.css;
    expect(Array.from(document.querySelectorAll(css))).toEqual([box]);
    stop?.();
    box.click();
    expect(matchesNow(css)).toBe(false);
  });

  it("prefers the switch's own state to a placeholder in the desk's language", () => {
    document.body.innerHTML = `${inbox}
      <form class="composer"><textarea class="reply" placeholder="Write a reply"></textarea>
        <label class="note-toggle"><input type="checkbox"> Internal note</label></form>`;
    const box = q('.note-toggle input') as HTMLInputElement;
    box.addEventListener('change', () =>
      q('.reply').setAttribute('placeholder', box.checked ? 'Write an internal note' : 'Write a reply'),
    );
    const controller = toNoteStep();
    controller.teach(box);
    expect(profileOf(controller).noteMode![0]!.css).toMatch(/:checked$/);
  });

  it('tells the note radio from the reply radio that shares its name', () => {
    document.body.innerHTML = `${inbox}
      <form class="composer"><textarea class="reply"></textarea>
        <label><input type="radio" name="mode" value="reply" checked> Reply</label>
        <label><input type="radio" name="mode" value="note"> Note</label></form>`;
    const controller = toNoteStep();
    controller.teach(q('input[value="note"]'));
    const css = profileOf(controller).noteMode![0]!.css;
    expect(matchesNow(css)).toBe(true);
    stop?.();
    (q('input[value="reply"]') as HTMLInputElement).click();
    expect(matchesNow(css)).toBe(false);
  });

  it('says so when the click changed nothing, and learns nothing', () => {
    tabbedReplyBox();
    const controller = toNoteStep();
    controller.teach(q('.thread'));
    expect([last().step, last().problem]).toEqual(['noteMode', 'noNoteChange']);
    expect(controller.answers()!.noteMode).toBeNull();
  });
});
