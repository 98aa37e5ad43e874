import { browser } from 'wxt/browser';
import { UserError } from '../i18n/user-error';
import type { RequestSender } from '../messaging/sender-access';

/** The content script's later stages, as WXT builds entrypoints/helpdesk-sensor and helpdesk-ui. */
export const STAGE_FILES = {
  /** The sensor, the chip and the badges: once the loader has recognised a console. */
  loadSensorStage: '/helpdesk-sensor.js',
  /** The interface: the first time the operator asks for it. */
  loadUiStage: '/helpdesk-ui.js',
} as const;

export type StageRequest = keyof typeof STAGE_FILES;

/**
 * Injects a stage into the frame that asked for it, and only there: the
 * sender's own tab and frame (in Chrome its very document, so a frame that has
 * meanwhile moved on gets nothing). Chrome (MV3) has scripting.executeScript,
 * Firefox (MV2) tabs.executeScript. No file is web-accessible for this: the
 * browser injects it, no page can fetch it.
 */
export async function injectStage(request: StageRequest, sender: RequestSender): Promise<null> {
  const { tabId, frameId, documentId } = sender;
  if (sender.extensionPage || sender.site === null || tabId === undefined || frameId === undefined)
    throw new UserError('requestFrameOnly', { request });
  const file = STAGE_FILES[request];
  if (browser.runtime.getManifest().manifest_version === 2) {
    await browser.tabs.executeScript(tabId, { file, frameId });
    return null;
  }
  await browser.scripting.executeScript({
    target: documentId !== undefined ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [file],
  });
  return null;
}
