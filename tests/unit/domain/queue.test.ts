import { describe, expect, it } from 'vitest';
import type { ClockState, ConversationRecord } from '../../../lib/domain/conversation';
import { buildQueue } from '../../../lib/domain/queue';
import type { PriorityLevel } from '../../../lib/domain/thresholds';

function entry(key: string, state: ClockState, level: PriorityLevel = 'normal', waitSec = 60) {
  // buildQueue reads only the key and site of a record.
  const record = { site: 'https://desk.example.com', key } as ConversationRecord;
  return { record, view: { state, waitSec, level, nextChangeAt: null, followUpDue: false } };
}

const keys = (entries: Array<{ record: ConversationRecord }>) => entries.map((e) => e.record.key);

describe('buildQueue', () => {
  it('leaves out conversations nobody waits in', () => {
    expect(keys(buildQueue([entry('a', 'idle'), entry('b', 'ok')]))).toEqual(['b']);
  });

  it('puts forgotten before breach before warn before ok', () => {
    const queue = buildQueue([
      entry('ok', 'ok'),
      entry('warn', 'warn'),
      entry('forgotten', 'forgotten'),
      entry('breach', 'breach'),
    ]);
    expect(keys(queue)).toEqual(['forgotten', 'breach', 'warn', 'ok']);
  });

  it('a more serious state wins over VIP and a longer wait', () => {
    const queue = buildQueue([entry('vip', 'warn', 'vip', 9000), entry('plain', 'breach', 'normal', 600)]);
    expect(keys(queue)).toEqual(['plain', 'vip']);
  });

  it('within a state, VIP comes before priority before the rest', () => {
    const queue = buildQueue([
      entry('normal', 'warn', 'normal', 900),
      entry('priority', 'warn', 'priority', 300),
      entry('vip', 'warn', 'vip', 200),
    ]);
    expect(keys(queue)).toEqual(['vip', 'priority', 'normal']);
  });

  it('then the longest wait first', () => {
    const queue = buildQueue([entry('short', 'ok', 'normal', 30), entry('long', 'ok', 'normal', 250)]);
    expect(keys(queue)).toEqual(['long', 'short']);
  });

  it('equal entries are ordered by key, whatever the input order', () => {
    const a = entry('a', 'warn');
    const b = entry('b', 'warn');
    const c = entry('c', 'warn');
    expect(keys(buildQueue([c, a, b]))).toEqual(['a', 'b', 'c']);
    expect(keys(buildQueue([b, c, a]))).toEqual(['a', 'b', 'c']);
  });

  it('does not reorder the list it was given', () => {
    const input = [entry('b', 'ok'), entry('a', 'breach')];
    buildQueue(input);
    expect(keys(input)).toEqual(['b', 'a']);
  });
});
