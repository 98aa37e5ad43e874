// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { observe } from '../../../lib/adapters/engine';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';

const sel = (css: string) => [{ css, why: 'test' }];

/** A taught desk whose operator selector also takes the notes drawn on the operator's side. */
function taught(customer: string, operator: string): SiteProfile {
  const parsed = parseSiteProfile({
    id: 'taught-desk',
    name: 'Taught desk',
    matches: ['https://desk.test/*'],
    detect: '.chat',
    rows: sel('.row'),
    rowKey: { attribute: 'data-id' },
    customerName: sel('.name'),
    chat: {
      root: sel('.chat'),
      messages: sel(`${customer}, ${operator}`),
      authors: [
        { selector: customer, author: 'customer' },
        { selector: operator, author: 'operator' },
      ],
      text: sel(':scope'),
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}

const authorsIn = (html: string, profile: SiteProfile) => {
  document.body.innerHTML = `<section class="chat">${html}</section>`;
  const { chat } = observe(document, profile, 'https://desk.test', Date.UTC(2026, 11, 6, 12, 0));
  return chat!.messages.map((message) => message.author);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a note drawn as the operator’s bubble', () => {
  it('is a note when a class of its own names one (message--private), so it ends no wait', () => {
    const profile = taught('div.message--incoming', 'div.message--outgoing');
    expect(
      authorsIn(
        `<div class="message message--incoming"><p>Where is my order?</p></div>
         <div class="message message--outgoing message--private"><p>Ask the warehouse</p></div>
         <div class="message message--outgoing"><p>Looking now</p></div>`,
        profile,
      ),
    ).toEqual(['customer', 'note', 'operator']);
  });

  it('is a note when it opens with a note’s title ("Internal note", "Приватная заметка:") above its words', () => {
    const profile = taught('div.self-start', 'div.self-end');
    expect(
      authorsIn(
        `<div class="self-start">Hello?</div>
         <div class="self-end"><div class="label">Internal note</div>Refund approved by Kim</div>
         <div class="self-end"><div class="bubble"><div><svg aria-hidden="true"></svg> Приватная заметка:</div><p>Ждём склад</p></div></div>`,
        profile,
      ),
    ).toEqual(['customer', 'note', 'note']);
  });

  it('stays the operator’s reply when its words merely start with "Note" or a note word is all it says', () => {
    const profile = taught('div.in', 'div.out');
    expect(
      authorsIn(
        `<div class="out"><p>Note: the parcel left today</p></div>
         <div class="out"><b>Note</b> the new address, please</div>
         <div class="out"><p>Note</p></div>`,
        profile,
      ),
    ).toEqual(['operator', 'operator', 'operator']);
  });
});
