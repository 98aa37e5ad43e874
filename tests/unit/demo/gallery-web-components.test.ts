// The web components console's inbox item: its one-line preview, with the
// console's own labels for who wrote the last message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GalleryConversation } from '../../../demo/gallery/shared/gallery-types.ts';
import { setLang } from '../../../demo/gallery/web-components/i18n.ts';
import { InboxItem } from '../../../demo/gallery/web-components/inbox-item.ts';
import { conversation, message } from './gallery-builders.ts';

// Local instants, so the tests hold in any time zone.
const NOW = new Date(2026, 2, 3, 9, 0).getTime();

beforeAll(() => {
  if (!customElements.get('inbox-item')) customElements.define('inbox-item', InboxItem);
  setLang('en');
});

async function previewOfItem(value: GalleryConversation): Promise<string | null | undefined> {
  const item = new InboxItem();
  document.body.append(item);
  item.conversation = value;
  await Promise.resolve();
  await Promise.resolve();
  const text = item.previewElement?.textContent;
  item.remove();
  return text;
}

describe('web components console: inbox', () => {
  it('previews the last message on one line, marking who wrote it unless the customer did', async () => {
    expect(await previewOfItem(conversation('1', [message('customer', 'Hi\nthere', NOW)]))).toBe('Hi there');
    expect(await previewOfItem(conversation('1', [message('operator', 'Done', NOW)]))).toBe('You: Done');
    expect(await previewOfItem(conversation('1', [message('note', 'Check', NOW)]))).toBe(
      'Internal note: Check',
    );
    expect(await previewOfItem(conversation('1', [message('bot', 'Hello', NOW)]))).toBe('Chatbot: Hello');
  });
});
