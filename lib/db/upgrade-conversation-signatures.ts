import type { Transaction } from 'dexie';
import { textHash } from '../domain/text-hash';

/** The separator between the newest messages' signatures in `lastMessageSig`. */
const SEP = '\u001f';

/**
 * Version 3 of the conversations table: the preview and message signatures
 * stop spelling the customer's words. Each signature stored in the clear
 * becomes its fingerprint, exactly as the tracker now computes it, so a chat
 * seen before the upgrade is still recognised (no message counted twice).
 */
export async function upgradeConversationSignatures(tx: Transaction): Promise<void> {
  await tx
    .table('conversations')
    .toCollection()
    .modify((record: { previewSig?: string | null; lastMessageSig?: string | null }) => {
      if (typeof record.previewSig === 'string') record.previewSig = textHash(record.previewSig);
      if (typeof record.lastMessageSig === 'string')
        record.lastMessageSig = record.lastMessageSig.split(SEP).map(textHash).join(SEP);
    });
}
