import { describe, expect, it } from 'vitest';
import type { SiteProfile } from '../../../lib/adapters/site-profile';
import { buildTaughtProfile, type TeachAnswers } from '../../../lib/adapters/teach/draft';
import { besideOthers, profileToReplace } from '../../../lib/adapters/teach/replace';

const URL_ = 'https://desk.example.com/agent/chats';
const part = (css: string) => ({ css, count: 5, why: 'test' });
const taught = (rows: string, url = URL_): SiteProfile => {
  const answers: TeachAnswers = {
    rows: part(rows),
    keyAttribute: 'data-id',
    name: part('.name'),
    unread: null,
    preview: null,
    customerBubble: null,
    operatorBubble: null,
    composer: null,
    sendButton: null,
  };
  const built = buildTaughtProfile(url, answers);
  if (!built.ok) throw new Error(built.errors.join());
  return built.profile;
};
const readsNothing = () => false;

describe('teaching a console that already has a profile', () => {
  it('finds the profile of the same list taught before', () => {
    const before = taught('li.chat-row');
    const again = taught('li.chat-row');
    expect(profileToReplace(again, URL_, [before], readsNothing)).toBe(before);
  });

  it('takes a profile stored under the old one-per-host id for the same console', () => {
    const old = { ...taught('ul.list > li'), id: 'taught-desk-example-com' };
    expect(profileToReplace(taught('li.chat-row'), URL_, [old], readsNothing)).toBe(old);
  });

  it('finds another of the operator’s profiles that reads this very page', () => {
    const imported = { ...taught('li.conversation'), id: 'team-desk', name: 'Team desk' };
    const draft = taught('li.chat-row');
    expect(profileToReplace(draft, URL_, [imported], (p) => p.id === 'team-desk')).toBe(imported);
  });

  it('leaves another console on the same host alone: nothing to ask', () => {
    const tickets = taught('table.tickets tr', 'https://desk.example.com/tickets');
    expect(profileToReplace(taught('li.chat-row'), URL_, [tickets], readsNothing)).toBeNull();
  });
});

describe('keeping both', () => {
  it('saves the new one under a free id, named apart', () => {
    const draft = taught('li.chat-row');
    expect(besideOthers(draft, new Set(['other']))).toBe(draft);
    const second = besideOthers(draft, new Set([draft.id]));
    expect(second.id).toBe(`${draft.id}-2`);
    expect(second.name).toBe('desk.example.com/agent/chats (2)');
    expect(besideOthers(draft, new Set([draft.id, `${draft.id}-2`])).id).toBe(`${draft.id}-3`);
  });
});
