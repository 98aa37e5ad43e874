// What the app's React state holds, mirrored after each commit for the
// ground-truth hooks (tests only): reply drafts per conversation.
export interface DeskModel {
  drafts: Readonly<Record<string, string>>;
}

export function createDeskModel(): DeskModel {
  return { drafts: {} };
}
