// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSensor, type Sensor, type SensorScheduler } from '../../../lib/adapters/sensor';
import { parseSiteProfile } from '../../../lib/adapters/site-profile';
import type { Observation } from '../../../lib/domain/observation';

const parsed = parseSiteProfile({
  id: 'test-desk',
  name: 'Test desk',
  matches: ['https://desk.test/*'],
  detect: '.list',
  rows: [{ css: '.row', why: 'test' }],
  rowKey: { attribute: 'data-id' },
  customerName: [{ css: '.name', why: 'test' }],
  unread: { selectors: [{ css: '.unread', why: 'test' }], count: true },
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const profile = parsed.profile;

/** Frames and timeouts that run only when the test says so. */
function fakeScheduler() {
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timeouts = new Map<number, { callback: () => void; ms: number }>();
  let hidden = false;
  const clock = { now: 0 };
  const scheduler: SensorScheduler = {
    requestFrame: (callback) => (frames.set(nextId, callback), nextId++),
    cancelFrame: (id) => void frames.delete(id),
    setTimeout: (callback, ms) => (timeouts.set(nextId, { callback, ms }), nextId++),
    clearTimeout: (id) => void timeouts.delete(id),
    isHidden: () => hidden,
    now: () => clock.now,
  };
  const runAll = <T>(queue: Map<number, T>, run: (item: T) => void) => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach(run);
  };
  return {
    scheduler,
    clock,
    frames,
    timeouts,
    setHidden(value: boolean) {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    runFrames: () => runAll(frames, (callback) => callback()),
    runTimeouts: () => runAll(timeouts, ({ callback }) => callback()),
  };
}

/** MutationObserver callbacks arrive after the current task. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

let fake: ReturnType<typeof fakeScheduler>;
let sensor: Sensor;
let seen: Observation[];
let host: HTMLElement;

const unreadOf = (observation: Observation | undefined, key: string) =>
  observation?.rows.find((row) => row.key === key)?.unread;

beforeEach(() => {
  document.body.innerHTML = `
    <div class="clock">10:00</div>
    <ul class="list">
      <li class="row" data-id="a"><span class="name">Ann</span><span class="unread">1</span></li>
      <li class="row" data-id="b"><span class="name">Bob</span></li>
    </ul>
    <div id="overlay-host"><div class="badge">1 min</div></div>`;
  host = document.getElementById('overlay-host')!;
  fake = fakeScheduler();
  seen = [];
  sensor = createSensor({
    root: document,
    profile,
    site: 'https://desk.test',
    onObservation: (observation) => seen.push(observation),
    ignore: (node) => host.contains(node),
    scheduler: fake.scheduler,
  });
});

afterEach(() => sensor.stop());

describe('createSensor', () => {
  it('reports what the page shows at once', () => {
    expect(seen).toHaveLength(1);
    expect(seen[0]!.rows.map((row) => row.key)).toEqual(['a', 'b']);
    expect(sensor.last()).toBe(seen[0]);
  });

  it('scans once per frame however many mutations arrive', async () => {
    const unread = document.querySelector('.row[data-id="a"] .unread')!;
    // Separate batches, each its own MutationObserver callback, before the frame comes.
    for (let count = 2; count <= 20; count += 1) {
      unread.textContent = String(count);
      if (count % 5 === 0) await mutationsDelivered();
    }
    document.querySelector('.row[data-id="b"]')!.setAttribute('title', 'x');
    await mutationsDelivered();
    expect(fake.frames.size).toBe(1);
    fake.runFrames();
    expect(seen).toHaveLength(2);
    expect(unreadOf(seen[1], 'a')).toBe(20);
  });

  it('reports nothing when nothing it observes has changed', async () => {
    document.querySelector('.clock')!.textContent = '10:01';
    await mutationsDelivered();
    fake.runFrames();
    expect(seen).toHaveLength(1);
  });

  it('reports a row whose unread count changed', async () => {
    document
      .querySelector('.row[data-id="b"]')!
      .insertAdjacentHTML('beforeend', '<span class="unread">3</span>');
    await mutationsDelivered();
    fake.runFrames();
    expect(seen).toHaveLength(2);
    expect(unreadOf(seen[1], 'b')).toBe(3);
    expect(sensor.last()).toBe(seen[1]);
  });

  it('coalesces with a timeout in a hidden tab, where no frames run', async () => {
    fake.setHidden(true);
    document.querySelector('.row[data-id="a"] .unread')!.textContent = '2';
    await mutationsDelivered();
    expect(fake.frames.size).toBe(0);
    expect([...fake.timeouts.values()].map((timeout) => timeout.ms)).toEqual([250]);
    fake.runTimeouts();
    expect(unreadOf(seen.at(-1), 'a')).toBe(2);
  });

  it('moves a scan waiting for a frame to a timeout when the tab is hidden', async () => {
    document.querySelector('.row[data-id="a"] .unread')!.textContent = '5';
    await mutationsDelivered();
    expect(fake.frames.size).toBe(1);
    fake.setHidden(true);
    expect(fake.frames.size).toBe(0);
    fake.runTimeouts();
    expect(unreadOf(seen.at(-1), 'a')).toBe(5);
  });

  it('ignores mutations inside the overlay, and mounting it', async () => {
    host.querySelector('.badge')!.textContent = '2 min';
    host.setAttribute('data-state', 'warn');
    document.body.append(Object.assign(document.createElement('div'), { className: 'second-host' }));
    await mutationsDelivered();
    // The appended element is not ours: that one mutation does schedule.
    expect(fake.frames.size).toBe(1);
    fake.runFrames();

    host.querySelector('.badge')!.append('!');
    host.remove();
    document.body.append(host);
    await mutationsDelivered();
    expect(fake.frames.size).toBe(0);
    expect(fake.timeouts.size).toBe(0);
  });

  it('rescans after a history navigation', () => {
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('hashchange'));
    expect(fake.frames.size).toBe(1);
  });

  it('scanNow reports a change at once and returns what it saw', () => {
    document.querySelector('.row[data-id="a"]')!.remove();
    const observation = sensor.scanNow();
    expect(observation.rows.map((row) => row.key)).toEqual(['b']);
    expect(seen).toHaveLength(2);
    expect(sensor.scanNow()).toEqual(observation);
    expect(seen).toHaveLength(2);
  });

  it('hands out the row elements it read, for badges, while they are in the page', () => {
    const row = document.querySelector('.row[data-id="b"]')!;
    expect(sensor.rowElement('b')).toBe(row);
    expect(sensor.rowElement('zzz')).toBeNull();
    // Redrawn by the page: never a detached element (its badge would float at 0,0).
    row.remove();
    expect(sensor.rowElement('b')).toBeNull();
  });

  it('stop() disconnects: no more scans or reports', async () => {
    document.querySelector('.row[data-id="a"] .unread')!.textContent = '7';
    await mutationsDelivered();
    expect(fake.frames.size).toBe(1);
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    sensor.stop();
    expect(disconnect).toHaveBeenCalled();
    expect(fake.frames.size).toBe(0);
    document.querySelector('.row[data-id="b"]')!.remove();
    fake.setHidden(true);
    window.dispatchEvent(new Event('popstate'));
    await mutationsDelivered();
    expect(fake.frames.size + fake.timeouts.size).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('uses the real animation frame when no scheduler is given', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const own = createSensor({ root: document, profile, site: 's', onObservation: () => {} });
    document.querySelector('.row[data-id="a"] .unread')!.textContent = '9';
    // After the first scan's own short pause (a tenth of the main thread, see below).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame).toHaveBeenCalledTimes(1);
    own.stop();
  });

  describe('on a page too heavy to scan every frame', () => {
    /** A sensor whose every scan takes `costMs` of (fake) main-thread time. */
    function slowSensor(costMs: number) {
      sensor.stop();
      seen = [];
      const paused: number[] = [];
      const slow = createSensor({
        root: document,
        profile,
        site: 'https://desk.test',
        onObservation: (observation) => seen.push(observation),
        onScan: () => (fake.clock.now += costMs),
        onPaused: () => paused.push(seen.length),
        scheduler: fake.scheduler,
      });
      sensor = slow;
      return { slow, paused };
    }
    const customerWrites = async (count: string) => {
      document.querySelector('.row[data-id="a"] .unread')!.textContent = count;
      await mutationsDelivered();
    };

    it('waits nine times a slow scan before the next, so scans keep to a tenth of the page', async () => {
      slowSensor(50);
      await customerWrites('2');
      // No frame yet: first the pause, then the frame.
      expect(fake.frames.size).toBe(0);
      expect([...fake.timeouts.values()].map((timeout) => timeout.ms)).toEqual([450]);
      fake.clock.now += 450;
      fake.runTimeouts();
      expect(fake.frames.size).toBe(1);
      fake.runFrames();
      // Late, never lost: the customer's message is seen.
      expect(unreadOf(seen.at(-1), 'a')).toBe(2);
    });

    it('scans at once on the next frame after a fast scan', async () => {
      slowSensor(1);
      fake.clock.now += 100;
      await customerWrites('3');
      expect(fake.timeouts.size).toBe(0);
      expect(fake.frames.size).toBe(1);
    });

    it('stops after two scans in a row over half a second, keeps what it saw and says so', async () => {
      // The first scan, as the page loads, was one.
      const { slow, paused } = slowSensor(600);
      await customerWrites('2');
      fake.clock.now += 10_000;
      fake.runTimeouts();
      fake.runFrames();
      expect(paused).toEqual([2]);
      expect(slow.paused()).toBe(true);
      await customerWrites('3');
      expect(fake.frames.size + fake.timeouts.size).toBe(0);
      // The last observation stands (what the background already has), nothing new is read.
      expect(slow.scanNow()).toBe(seen.at(-1));
      expect(unreadOf(seen.at(-1), 'a')).toBe(2);
    });

    it('forgives slow scans that are not in a row', async () => {
      let cost = 600;
      sensor.stop();
      const paused: string[] = [];
      sensor = createSensor({
        root: document,
        profile,
        site: 'https://desk.test',
        onObservation: () => {},
        onScan: () => (fake.clock.now += cost),
        onPaused: () => paused.push('paused'),
        scheduler: fake.scheduler,
      });
      for (const [index, next] of [5, 600, 5, 600, 5, 600].entries()) {
        cost = next;
        await customerWrites(String(index + 2));
        fake.clock.now += 10_000;
        fake.runTimeouts();
        fake.runFrames();
      }
      expect(paused).toEqual([]);
      expect(sensor.paused()).toBe(false);
    });
  });
});
