import { browser } from 'wxt/browser';
import { UserError } from '../i18n/user-error';
import type { RequestSender } from '../messaging/sender-access';

/** The content script's second stage, as WXT builds entrypoints/helpdesk-ui. */
export const UI_STAGE_FILE = '/helpdesk-ui.js';

/**
 * Injects the interface stage into the frame that asked for it, and only there:
 * the sender's own tab and frame (in Chrome its very document, so a frame that
 * has meanwhile moved on gets nothing). Chrome (MV3) has scripting.executeScript,
 * Firefox (MV2) tabs.executeScript. No file is web-accessible for this: the
 * browser injects it, no page can fetch it.
 */
export async function injectUiStage(sender: RequestSender): Promise<null> {
  const { tabId, frameId, documentId } = sender;
  if (sender.extensionPage || sender.site === null || tabId === undefined || frameId === undefined)
    throw new UserError('requestFrameOnly', { request: 'loadUiStage' });
  if (browser.runtime.getManifest().manifest_version === 2) {
    await browser.tabs.executeScript(tabId, { file: UI_STAGE_FILE, frameId });
    return null;
  }
  await browser.scripting.executeScript({
    target: documentId !== undefined ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [UI_STAGE_FILE],
  });
  return null;
}
