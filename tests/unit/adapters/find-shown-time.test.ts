// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { observe } from '../../../lib/adapters/engine';
import { findShownTime } from '../../../lib/adapters/find-shown-time';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';

// A console's rows show times however they like; a taught profile has no rule for
// them, so the row is searched. Instants are local (the parser reads clock times in
// the runtime's zone, as the browser does).
const now = new Date(2026, 11, 6, 9, 0, 0).getTime();
const localAt = (h: number, m: number, s = 59, ms = 999) => new Date(2026, 11, 6, h, m, s, ms).getTime();

function row(html: string): Element {
  document.body.innerHTML = `<table><tbody><tr class="r">${html}</tr></tbody></table>`;
  return document.querySelector('tr.r')!;
}

describe('the time a row shows, found without a rule', () => {
  it.each([
    [
      'a clock time in a cell',
      '<td><a href="#/c/1"><b>Anna Petrova</b></a></td><td>Card declined</td><td>07:31</td>',
      localAt(7, 31),
      true,
    ],
    [
      'a datetime attribute',
      `<td>Anna</td><td><time datetime="${new Date(now - 7_200_000).toISOString()}">07:00</time></td>`,
      now - 7_200_000,
      false,
    ],
    [
      'a title like "[2] 07:25:32"',
      '<td>Anna</td><td><i title="[2] 07:25:32">chat</i></td>',
      localAt(7, 25, 32, 999),
      false,
    ],
    [
      'yesterday, in Russian',
      '<td>Анна</td><td>вчера, 18:40</td>',
      new Date(2026, 11, 5, 18, 40, 59, 999).getTime(),
      true,
    ],
  ])('%s', (_what, html, at, rough) => {
    // `rough`: the text gave only the minute, so the instant is that minute's latest.
    expect(findShownTime(row(html), now, null)).toEqual({ at, rough });
  });

  it('keeps an age shown to the second to the second, so a wait read from it is true within seconds', () => {
    const at = findShownTime(row('<td>Grace</td><td>06 m. 20 s.</td>'), now, null);
    expect(at).toEqual({ at: now - 380_000, rough: false });
    // The same text 3 s later: the message is at most that old, then.
    expect(findShownTime(row('<td>Grace</td><td>06 m. 20 s.</td>'), now + 3_000, null)?.at).toBe(
      now - 377_000,
    );
  });

  it('rounds an age shown to the minute up to 10 s, so a scan does not change on every frame', () => {
    expect(findShownTime(row('<td>Grace</td><td>3 мин</td>'), now + 3_000, null)).toEqual({
      at: now - 170_000,
      rough: true,
    });
  });

  it('does not read the customer’s name, order numbers or prices as times', () => {
    const element = row('<td class="n">03.12</td><td>Order 58213</td><td>4101</td><td>14.05 ₽</td>');
    expect(findShownTime(element, now, element.querySelector('.n'))).toBeNull();
    expect(findShownTime(row('<td>Anna</td><td>Hi there</td>'), now, null)).toBeNull();
  });
});

describe('a scan of a profile without a time rule', () => {
  const profile: SiteProfile = (() => {
    const parsed = parseSiteProfile({
      id: 'taught-test',
      name: 'taught',
      matches: ['https://desk.test/*'],
      detect: 'tr.r',
      rows: [{ css: 'tr.r', why: 'test' }],
      rowKey: { attribute: 'data-id' },
      customerName: [{ css: 'b', why: 'test' }],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return parsed.profile;
  })();

  it('gives a conversation already waiting the time the row shows, once it knows now', () => {
    row('<td><b>Anna</b></td><td>07:31</td>');
    document.querySelector('tr.r')!.setAttribute('data-id', 'c1');
    expect(observe(document, profile, 'https://desk.test', now).rows[0]!.lastAt).toBe(localAt(7, 31));
    // Without now (the teach review) nothing is guessed.
    expect(observe(document, profile, 'https://desk.test').rows[0]!.lastAt).toBeNull();
  });

  it('times an open chat’s bubbles by what they show, so its wait starts at the oldest unanswered message', () => {
    const parsed = parseSiteProfile({
      ...profile,
      chat: {
        root: [{ css: '.pane', why: 'test' }],
        messages: [{ css: '.msg', why: 'test' }],
        authors: [
          { selector: '.in', author: 'customer' },
          { selector: '.out', author: 'operator' },
        ],
        text: [{ css: 'p', why: 'test' }],
      },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    document.body.innerHTML = `<div class="pane">
      <div class="msg in"><p>Hello, 14:05 is when I ordered</p><span>06:40</span></div>
      <div class="msg out"><p>Looking</p><span>06:45</span></div>
      <div class="msg in"><p>08:10</p><span>08:12</span></div></div>`;
    const messages = observe(document, parsed.profile, 'https://desk.test', now).chat!.messages;
    expect(messages.map((message) => message.at)).toEqual([localAt(6, 40), localAt(6, 45), localAt(8, 12)]);
  });
});
