// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRowElement, observe } from '../../../lib/adapters/engine';
import { createSensor, type SensorScheduler } from '../../../lib/adapters/sensor';
import { parseSiteProfile, type SiteProfile } from '../../../lib/adapters/site-profile';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/generalise');
const load = (file: string) => (document.body.innerHTML = readFileSync(path.join(fixtures, file), 'utf8'));
const sel = (css: string) => [{ css, why: 'test' }];

function profile(extra: Record<string, unknown>): SiteProfile {
  const parsed = parseSiteProfile({
    id: 'scoped',
    name: 'Scoped desk',
    matches: ['https://desk.test/*'],
    detect: 'body',
    rows: sel('[role="option"][data-conversation], .chats__item[data-chat-key]'),
    rowKey: { attribute: 'data-conversation' },
    customerName: sel('.conv__who, .chats__who'),
    unread: { selectors: sel('.conv__unread'), count: true },
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}

function mountShadowInbox(): ShadowRoot {
  load('shadow.html');
  const shadow = document.querySelector('helpdesk-inbox')!.attachShadow({ mode: 'open' });
  shadow.append(
    (document.querySelector('#helpdesk-inbox-template') as HTMLTemplateElement).content.cloneNode(true),
  );
  return shadow;
}

describe('desks inside shadow roots and frames', () => {
  it('reads rows inside an open shadow root when the profile names its host', () => {
    mountShadowInbox();
    expect(observe(document, profile({}), 'https://desk.test').rows).toEqual([]);
    const scoped = profile({ shadowHosts: sel('helpdesk-inbox') });
    const rows = observe(document, scoped, 'https://desk.test').rows;
    expect(rows.map((row) => [row.key, row.name, row.unread])).toEqual([
      ['k-771', 'Юлия Белова', 3],
      ['k-768', 'Henrik Larsen', 0],
      ['k-760', 'Виктор Зуев', 1],
      ['k-755', 'Amelia Brooks', 0],
    ]);
    expect(findRowElement(document, scoped, 'k-760')?.textContent).toContain('Виктор Зуев');
  });

  it('reads the chat inside a same-origin frame when the profile names the frame', () => {
    load('iframe.html');
    const frameDoc = document.implementation.createHTMLDocument('chat');
    frameDoc.body.innerHTML = (document.querySelector('#chat-frame') as HTMLTemplateElement).innerHTML;
    Object.defineProperty(document.querySelector('iframe')!, 'contentDocument', { value: frameDoc });
    const chat = {
      root: sel('.conversation'),
      keyAttribute: 'data-chat-key',
      messages: sel('.bubble'),
      authors: [
        { selector: '[data-direction="in"]', author: 'customer' },
        { selector: '[data-direction="out"]', author: 'operator' },
      ],
      text: sel('.bubble__text'),
      messageIdAttribute: 'data-msg',
    };
    const base = { rowKey: { attribute: 'data-chat-key' }, chat };
    expect(observe(document, profile(base), 'https://desk.test').chat).toBeNull();
    const seen = observe(
      document,
      profile({ ...base, frames: sel('iframe.desk__pane') }),
      'https://desk.test',
    );
    expect(seen.rows.map((row) => row.key)).toEqual(['wa-5501', 'wa-5498', 'wa-5490']);
    expect(seen.chat?.key).toBe('wa-5501');
    expect(seen.chat?.messages.map((m) => m.author)).toEqual([
      'customer',
      'operator',
      'customer',
      'customer',
      'operator',
    ]);
  });

  it('notices a customer writing inside the shadow root', async () => {
    const shadow = mountShadowInbox();
    const frames: Array<() => void> = [];
    const scheduler: SensorScheduler = {
      requestFrame: (callback) => frames.push(callback),
      cancelFrame: () => undefined,
      setTimeout: () => 0,
      clearTimeout: () => undefined,
      isHidden: () => false,
      now: () => 0,
    };
    const seen: number[] = [];
    const sensor = createSensor({
      root: document,
      profile: profile({ shadowHosts: sel('helpdesk-inbox') }),
      site: 'https://desk.test',
      scheduler,
      onObservation: (observation) => seen.push(observation.rows[1]!.unread),
    });
    shadow
      .querySelectorAll('.conv')[1]!
      .insertAdjacentHTML('beforeend', '<span class="conv__unread">2</span>');
    // MutationObserver callbacks run as microtasks: let them schedule the frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frames).toHaveLength(1);
    frames.splice(0).forEach((frame) => frame());
    expect(seen).toEqual([0, 2]);
    sensor.stop();
  });
});
