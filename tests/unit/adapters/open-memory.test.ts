import { describe, expect, it } from 'vitest';
import { followOpen, openByAddress } from '../../../lib/adapters/open-memory';
import type { Observation, ObservedMessage, ObservedRow } from '../../../lib/domain/observation';
import { makeObservedRow } from '../../fixtures/observed-row';

const msg = (author: ObservedMessage['author'], text: string): ObservedMessage => ({
  id: null,
  author,
  text,
  at: null,
});

function seen(
  rows: ObservedRow[],
  messages: ObservedMessage[] | null,
  open: Observation['open'] = 'known',
): Observation {
  return {
    site: 'https://desk.test',
    profileId: 'p',
    rows,
    open,
    chat: messages ? { key: null, messages } : null,
    composerFound: true,
  };
}

const anna = [msg('customer', 'Where is my order?'), msg('customer', 'Hello?')];

describe('the open conversation, followed', () => {
  it('is the row the page marks open', () => {
    const now = followOpen(null, seen([makeObservedRow('a', { name: 'Анна', active: true })], anna));
    expect(now).toMatchObject({ key: 'a', name: 'Анна' });
  });

  it('stays the same after its row leaves the list, while its chat goes on', () => {
    const before = followOpen(null, seen([makeObservedRow('a', { name: 'Анна', active: true })], anna));
    // Answered: the row moved to a hidden tab; the chat shows the reply after the same messages.
    const after = followOpen(
      before,
      seen([makeObservedRow('b', { name: 'Борис' })], [...anna, msg('operator', 'On its way')], 'none'),
    );
    expect(after).toMatchObject({ key: 'a', name: 'Анна' });
  });

  it('is none when another chat is shown, the signs disagree, or too little was seen to be sure', () => {
    const before = followOpen(null, seen([makeObservedRow('a', { name: 'Анна', active: true })], anna));
    expect(
      followOpen(before, seen([], [msg('customer', 'Hi'), msg('customer', 'Anyone?')], 'none')),
    ).toBeNull();
    expect(followOpen(before, seen([], [...anna], 'unsure'))).toBeNull();
    expect(followOpen(before, seen([], null, 'none'))).toBeNull();
    // One message with no id and no time: "Hi" could be anyone's.
    const short = followOpen(
      null,
      seen([makeObservedRow('a', { name: 'Анна', active: true })], [msg('customer', 'Hi')]),
    );
    expect(followOpen(short, seen([], [msg('customer', 'Hi')], 'none'))).toBeNull();
  });

  it('takes a single message as enough when it carries its time', () => {
    const one = [{ id: null, author: 'customer' as const, text: 'Hi', at: 1_796_000_000_000 }];
    const before = followOpen(null, seen([makeObservedRow('a', { name: 'Анна', active: true })], one));
    expect(followOpen(before, seen([], one, 'none'))).toMatchObject({ key: 'a', name: 'Анна' });
  });
});

describe('the open ticket, when a ticket view replaces the list', () => {
  const seenRows = new Map<string, string | null>([
    ['4101', 'Виктор Васильев'],
    ['4105', 'Owen Collins'],
    ['#/chats/12', 'Анна'],
  ]);
  const at = (address: string) => ({ here: new URL(address), base: 'https://desk.test/', seen: seenRows });

  it('is the one seen earlier whose key the address names, or whose link leads here', () => {
    expect(openByAddress(at('https://desk.test/#/tickets/4105'))).toEqual({
      key: '4105',
      name: 'Owen Collins',
    });
    expect(openByAddress(at('https://desk.test/#/chats/12'))).toEqual({ key: '#/chats/12', name: 'Анна' });
  });

  it('is none when the address names no ticket seen, or two', () => {
    expect(openByAddress(at('https://desk.test/#/tickets'))).toBeNull();
    expect(openByAddress(at('https://desk.test/#/tickets/9999'))).toBeNull();
    expect(openByAddress(at('https://desk.test/#/merge/4101/4105'))).toBeNull();
  });
});
