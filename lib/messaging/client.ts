import { browser } from 'wxt/browser';
import type { Envelope, Reply, RequestOf, RequestType, ResponseOf } from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

/** Sends one typed request to the background and unwraps its reply. */
export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { nz: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new MessagingError(`No reply to ${type}`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.data;
}
