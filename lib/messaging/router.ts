import { browser, type Browser } from 'wxt/browser';
import { userErrorData } from '../i18n/user-error';
import { isEnvelope, type Reply, type RequestOf, type RequestType, type ResponseOf } from './protocol';
import { describeSender, originOf, refusal, type RequestSender } from './sender-access';

export type Handlers = {
  [T in RequestType]: (
    payload: RequestOf<T>,
    sender: RequestSender,
  ) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Answers typed requests in the background. runtime.onMessage only carries this
 * extension's own messages (pages use onMessageExternal, which we never listen
 * to); anything not shaped like our envelope is ignored. A content script is
 * refused what its rule does not allow (see contentScriptRules) before any
 * handler runs. A failing or refused request becomes `{ ok: false }` instead of
 * silence.
 */
export function listenForRequests(handlers: Handlers): () => void {
  const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? '';
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply) => void,
  ): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as (
      payload: unknown,
      sender: RequestSender,
    ) => Promise<unknown> | unknown;
    const from = describeSender(sender, extensionOrigin);
    Promise.resolve()
      .then(() => {
        const refused = refusal(message.type, message.payload, from);
        if (refused) throw refused;
        return handler(message.payload, from);
      })
      .then(
        (data) => sendResponse({ ok: true, data } as Reply),
        (error: unknown) => {
          const detail = userErrorData(error);
          sendResponse({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
            ...(detail ? { detail } : {}),
          });
        },
      );
    // Keeps the channel open for the asynchronous reply (Chrome, Firefox and the fake browser).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
