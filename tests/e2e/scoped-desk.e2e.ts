import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadge, waitForBadge } from './harness/badges';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { chipSelector } from './harness/overlay';
import { chooseProfileFile } from './harness/profile-file';
import { currentBrowserKind } from './harness/paths';
import { startTeaching } from './harness/teach';

// A desk whose list lives in a web component's open shadow root and whose chat is a
// same-origin iframe (demo/public/lab/): the profile names both, and clocks work there.
const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;
const sel = (css: string) => [{ css, why: 'lab desk' }];

const profile = {
  id: 'lab-web-component',
  name: 'Lab web-component desk',
  matches: ['http://127.0.0.1/*'],
  detect: '[role="option"][data-person]',
  shadowHosts: sel('lab-inbox'),
  frames: sel('iframe.lab-chat'),
  rows: sel('[role="option"][data-person]'),
  rowKey: { attribute: 'data-person' },
  customerName: sel('.who'),
  unread: { selectors: sel('.count'), count: true },
  activeRow: { attribute: { name: 'aria-selected', value: 'true' } },
  chat: {
    root: sel('.thread'),
    keyAttribute: 'data-person',
    messages: sel('.line'),
    authors: [
      { selector: '[data-from="client"]', author: 'customer' },
      { selector: '[data-from="agent"]', author: 'operator' },
    ],
    text: sel(':scope'),
    messageIdAttribute: 'data-line',
  },
};

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`a desk in a shadow root and a frame (${kind})`, () => {
  it('reads rows inside the shadow root and the open chat inside the frame', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-profiles"]');
    await chooseProfileFile(options, 'lab.json', JSON.stringify(profile));
    await options.waitForSelector(`[data-profile-id="${profile.id}"]`);
    await options.close();

    const page = await ext.openPage(desk.url('/lab/web-component-desk.html'));
    await page.waitForSelector(`${chipSelector}[data-profile="${profile.id}"]`, { timeout: 15_000 });
    // Marta: an unread counter inside the shadow root.
    await waitForBadge(page, 'p-1');
    // Игорь: no counter, but the chat in the frame ends with the customer's message.
    await waitForBadge(page, 'p-2');
    expect((await readBadge(page, 'p-2'))!.level).toBe('priority'); // «возврат»
    expect(await readBadge(page, 'p-3')).toBeNull();
    // The body is a flex shell with a gap between its panes: the overlay took no place in it,
    // and the chat still reaches the window's right edge.
    const chatEdge = () =>
      page.evaluate(() => ({
        right: document.querySelector('iframe.lab-chat')!.getBoundingClientRect().right,
        window: document.documentElement.clientWidth,
      }));
    const overlaid = await chatEdge();
    expect(overlaid.right).toBe(overlaid.window);
    // Nor does teach mode's panel while the operator teaches.
    await startTeaching(ext, page);
    await page.waitForSelector('nezabudka-teach >>> [data-testid="nz-teach"]');
    const teaching = await chatEdge();
    expect(teaching.right).toBe(teaching.window);
  });
});
