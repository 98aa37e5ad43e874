import { browser } from 'wxt/browser';
import type { UserErrorData } from '../i18n/user-error';
import type { Envelope, Reply, RequestOf, RequestType, ResponseOf } from './protocol';

/** A failed request; a UserError's key, params and field come along (see describeError). */
export class MessagingError extends Error {
  override name = 'MessagingError';
  readonly key?: UserErrorData['key'];
  readonly params?: UserErrorData['params'];
  readonly field?: UserErrorData['field'];
  constructor(message: string, detail?: UserErrorData) {
    super(message);
    if (detail) Object.assign(this, detail);
  }
}

/** Sends one typed request to the background and unwraps its reply. */
export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { nz: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new MessagingError(`No reply to ${type}`);
  if (!reply.ok) throw new MessagingError(reply.error, reply.detail);
  return reply.data;
}
