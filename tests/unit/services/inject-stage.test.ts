import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessagingError, request } from '../../../lib/messaging/client';
import { contentScript, extensionPage, sendMessagesAs } from '../../setup/fake-sender';
import { backgroundForTests } from '../../setup/test-background';

const DESK = 'https://desk.example.com';
const start = backgroundForTests('nz-inject-stage');

/** Chrome's scripting.executeScript, recording where it injects. */
function fakeChromeInjection() {
  const executeScript = vi.fn(async () => []);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3 } as never);
  return executeScript;
}

describe("the content script's later stages, loaded when a helpdesk tab first needs them", () => {
  it('is injected into the asking frame itself, its very document where Chrome names it', async () => {
    start();
    const executeScript = fakeChromeInjection();
    sendMessagesAs({
      ...contentScript(`${DESK}/inbox`, 7),
      documentId: 'doc-1',
    } as Browser.runtime.MessageSender);
    await request('loadUiStage', null);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 7, documentIds: ['doc-1'] },
      files: ['/helpdesk-ui.js'],
    });
  });

  it('goes to the sending frame of the sending tab, never another', async () => {
    start();
    const executeScript = fakeChromeInjection();
    // A same-origin frame (frame 3) of tab 9.
    sendMessagesAs(contentScript(`${DESK}/inbox`, 9, `${DESK}/chat-frame`));
    await request('loadUiStage', null);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 9, frameIds: [3] },
      files: ['/helpdesk-ui.js'],
    });
  });

  it('uses tabs.executeScript in Firefox (MV2), in the sending frame', async () => {
    start();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 2 } as never);
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser.tabs, { executeScript });
    sendMessagesAs(contentScript(`${DESK}/inbox`, 4, `${DESK}/chat-frame`));
    await request('loadUiStage', null);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith(4, { file: '/helpdesk-ui.js', frameId: 3 });
  });

  it('the sensor stage likewise: its own file, into the asking document alone', async () => {
    start();
    const executeScript = fakeChromeInjection();
    sendMessagesAs({
      ...contentScript(`${DESK}/inbox`, 7),
      documentId: 'doc-2',
    } as Browser.runtime.MessageSender);
    await request('loadSensorStage', null);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 7, documentIds: ['doc-2'] },
      files: ['/helpdesk-sensor.js'],
    });
  });

  it('is refused to an extension page, with a reason, and nothing is injected anywhere', async () => {
    start();
    const executeScript = fakeChromeInjection();
    sendMessagesAs(extensionPage('popup.html', 5));
    const refused = await request('loadUiStage', null).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(MessagingError);
    expect(refused).toMatchObject({ key: 'requestFrameOnly', params: { request: 'loadUiStage' } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('the sensor stage is refused to an extension page too', async () => {
    start();
    const executeScript = fakeChromeInjection();
    sendMessagesAs(extensionPage('popup.html', 5));
    const refused = await request('loadSensorStage', null).catch((error: unknown) => error);
    expect(refused).toMatchObject({ key: 'requestFrameOnly', params: { request: 'loadSensorStage' } });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
