// Small message and conversation builders the gallery's unit tests share.
import type { GalleryConversation, GalleryMessage } from '../../../demo/gallery/shared/gallery-types.ts';

export const message = (author: GalleryMessage['author'], text: string, when: number): GalleryMessage => ({
  id: `m-${when}`,
  author,
  text,
  at: when,
});

export const conversation = (id: string, messages: GalleryMessage[]): GalleryConversation => ({
  id,
  name: 'Anna Smith',
  lang: 'en',
  vip: false,
  unread: 0,
  messages,
});
