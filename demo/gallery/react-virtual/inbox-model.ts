// What the app's React state holds, mirrored after each commit for the
// ground-truth hooks (tests only): drafts per conversation.
export interface InboxModel {
  drafts: Readonly<Record<string, string>>;
}

export function createInboxModel(): InboxModel {
  return { drafts: {} };
}
