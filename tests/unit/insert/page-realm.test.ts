// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageRealm, plainTextTransfer } from '../../../lib/insert/page-realm';

describe('the page’s own constructors (Firefox hides content-script DataTransfer data from the page)', () => {
  it('uses the page’s constructors and objects where Firefox offers them (wrappedJSObject)', () => {
    class PageObject {}
    class PageArray extends Array {}
    class PageDataTransfer {
      readonly items = new Map<string, string>();
      setData(type: string, value: string) {
        this.items.set(type, value);
      }
    }
    const page = { Object: PageObject, Array: PageArray, DataTransfer: PageDataTransfer };
    const realm = pageRealm({ wrappedJSObject: page } as unknown as Window);
    const init = realm.object({ bubbles: true });
    expect(init).toBeInstanceOf(PageObject);
    expect(init.bubbles).toBe(true);
    expect(realm.array([1, 2])).toBeInstanceOf(PageArray);
    const data = plainTextTransfer(realm, 'Hi') as unknown as PageDataTransfer;
    expect(data).toBeInstanceOf(PageDataTransfer);
    expect(data.items.get('text/plain')).toBe('Hi');
  });

  it('elsewhere, the window’s own', () => {
    const realm = pageRealm(window);
    expect(realm.DataTransfer).toBe(window.DataTransfer);
    const fields = { bubbles: true };
    expect(realm.object(fields)).toBe(fields);
    expect(plainTextTransfer(realm, 'Hi').getData('text/plain')).toBe('Hi');
  });
});
