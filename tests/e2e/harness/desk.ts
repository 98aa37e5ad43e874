import type { Page } from 'puppeteer-core';

// Driving the demo desk as its simulated customers (window.nzDemo is the desk's
// own test API; the extension never uses it).

export interface DemoRow {
  id: string;
  name: string;
  unread: number;
}

export function addConversation(page: Page, name: string, text: string, vip = false): Promise<string> {
  return page.evaluate(
    (n: string, t: string, v: boolean) =>
      (window as unknown as { nzDemo: { addConversation(o: object): string } }).nzDemo.addConversation({
        name: n,
        text: t,
        vip: v,
      }),
    name,
    text,
    vip,
  );
}

export function customerWrites(page: Page, id: string, text: string): Promise<void> {
  return page.evaluate(
    (i: string, t: string) =>
      (
        window as unknown as { nzDemo: { addCustomerMessage(i: string, t: string): void } }
      ).nzDemo.addCustomerMessage(i, t),
    id,
    text,
  );
}

/** The operator's way: click the row, type in the composer, press Send. */
export async function replyAsOperator(page: Page, id: string, text: string): Promise<void> {
  await page.click(`.conv-row[data-conversation-id="${id}"]`);
  await page.waitForSelector(`section.chat[data-conversation-id="${id}"]`);
  await page.click('.composer__input');
  await page.keyboard.type(text);
  await page.click('.composer__send');
  await page.waitForFunction(
    (t: string) =>
      [...document.querySelectorAll('.msg--operator .msg__text')].some((m) => m.textContent === t),
    {},
    text,
  );
}
