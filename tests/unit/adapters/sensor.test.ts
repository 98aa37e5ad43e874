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
  const scheduler: SensorScheduler = {
    requestFrame: (callback) => (frames.set(nextId, callback), nextId++),
    cancelFrame: (id) => void frames.delete(id),
    setTimeout: (callback, ms) => (timeouts.set(nextId, { callback, ms }), nextId++),
    clearTimeout: (id) => void timeouts.delete(id),
    isHidden: () => hidden,
  };
  const runAll = <T>(queue: Map<number, T>, run: (item: T) => void) => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach(run);
  };
  return {
    scheduler,
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
    await mutationsDelivered();
    expect(frame).toHaveBeenCalledTimes(1);
    own.stop();
  });
});
