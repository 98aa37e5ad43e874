import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from '../harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser';
import { watchExtensionScripts } from '../harness/extension-scripts';

// Firefox is left out: over WebDriver BiDi nothing reports the scripts parsed in a
// content script's sandbox, and its stages are the same code as Chrome's.
let desk: DemoDesk;
let ext: ExtensionBrowser;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser('chromium');
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

const invite = 'nezabudka-teach >>> [data-testid="nz-teach-invite"]';
const teachPanel = 'nezabudka-teach >>> [data-testid="nz-teach"]';

describe('the invitation to teach costs the page no interface (chromium)', () => {
  it('is drawn by the small stage; the interface is injected only when Teach is pressed', async () => {
    // The alt skin: a page of the demo desk's enabled site that the built-in profile does not recognise.
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en&skin=alt'));
    const scripts = await watchExtensionScripts(page, ext.extensionOrigin);
    // The first stage waits 10 s for a profile to recognise the page before it invites.
    await page.waitForSelector(invite, { timeout: 20_000 });
    // A moment for anything the invitation might still pull in.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(scripts.parsed()).toEqual(['/content-scripts/helpdesk.js', '/helpdesk-sensor.js']);

    // Teach, from the keyboard: the interface comes, and teach mode takes the invitation's place.
    await page.focus(`${invite} button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(teachPanel);
    expect(scripts.parsed()).toContain('/helpdesk-ui.js');
    expect(await page.$(invite)).toBeNull();
    expect(await page.$$('nezabudka-teach')).toHaveLength(1);
    await scripts.stop();
    await page.close();
  });
});
