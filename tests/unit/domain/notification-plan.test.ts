import { describe, expect, it } from 'vitest';
import { planNotifications, type PendingAlert } from '../../../lib/domain/notification-plan';

const alert = (key: string, state: PendingAlert['state'], waitSec = 60): PendingAlert => ({
  site: 's',
  key,
  name: key.toUpperCase(),
  state,
  level: 'normal',
  waitSec,
});
const all = { warn: true, breach: true, forgotten: true };

describe('notification plan', () => {
  it('shows one notification per conversation, for its most serious new state', () => {
    const plan = planNotifications([alert('a', 'warn'), alert('a', 'breach'), alert('b', 'warn')], all);
    expect(plan.summary).toBeNull();
    expect(plan.individual.map((a) => [a.key, a.state])).toEqual([
      ['a', 'breach'],
      ['b', 'warn'],
    ]);
  });

  it('respects the states the operator switched off', () => {
    const plan = planNotifications([alert('a', 'warn'), alert('b', 'breach')], { ...all, warn: false });
    expect(plan.individual.map((a) => a.key)).toEqual(['b']);
  });

  it('groups many alerts at once into one summary, most serious first', () => {
    const many = [
      alert('a', 'warn', 400),
      alert('b', 'breach', 700),
      alert('c', 'forgotten', 1500),
      alert('d', 'warn', 350),
    ];
    const plan = planNotifications(many, all);
    expect(plan.individual).toEqual([]);
    expect(plan.summary?.map((a) => a.key)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('shows nothing when nothing is enabled', () => {
    expect(
      planNotifications([alert('a', 'breach')], { warn: false, breach: false, forgotten: false }),
    ).toEqual({
      individual: [],
      summary: null,
    });
  });
});
