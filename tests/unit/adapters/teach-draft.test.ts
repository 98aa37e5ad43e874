import { describe, expect, it } from 'vitest';
import { buildTaughtProfile, taughtHostId, type TeachAnswers } from '../../../lib/adapters/teach/draft';

const part = (css: string) => ({ css, count: 5, why: 'test' });
const answers = (rows: string): TeachAnswers => ({
  rows: part(rows),
  keyAttribute: 'data-id',
  name: part('.name'),
  unread: null,
  preview: null,
  customerBubble: null,
  operatorBubble: null,
  composer: null,
  sendButton: null,
});

const built = (url: string, rows: string) => {
  const result = buildTaughtProfile(url, answers(rows));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.profile;
};

describe('a taught profile', () => {
  it('gives each console on one host its own profile, so teaching one keeps the other', () => {
    const agent = built('https://desk.example.com/agent/chats/123', 'li.chat-row');
    const tickets = built('https://desk.example.com/tickets/open', 'table.tickets tr');
    expect(agent.id).not.toBe(tickets.id);
    expect(agent.matches).toEqual(tickets.matches);
    // Each is used where its list is shown.
    expect(agent.detect).toBe('li.chat-row');
    expect(tickets.detect).toBe('table.tickets tr');
  });

  it('replaces its own profile when the same list is taught again', () => {
    expect(built('https://desk.example.com/agent/chats/1', 'li.chat-row').id).toBe(
      built('https://desk.example.com/agent/chats/2', 'li.chat-row').id,
    );
  });

  it('is named by its host and the first words of the path, without ids', () => {
    expect(built('https://desk.example.com/agent/chats/123', 'li').name).toBe('desk.example.com/agent/chats');
    expect(built('https://desk.example.com/', 'li').name).toBe('desk.example.com');
    expect(built('http://127.0.0.1:5317/gallery/routes/#/c/5', 'li').name).toBe('127.0.0.1/gallery/routes');
  });

  it('carries its host in its id, after the form profiles taught before lists had ids of their own', () => {
    expect(taughtHostId('https://Desk.Example.com/agent')).toBe('taught-desk-example-com');
    expect(built('https://desk.example.com/agent', 'li.chat-row').id).toMatch(
      /^taught-desk-example-com-[0-9a-f]{6}$/,
    );
  });
});
