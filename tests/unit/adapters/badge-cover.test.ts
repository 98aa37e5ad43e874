// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { coveredAt } from '../../../lib/adapters/badge-cover';

// happy-dom has no layout: what lies at the point is told, as a browser would tell it.
function page(at: (doc: Document) => Element[]) {
  document.body.innerHTML = `
    <header class="toolbar"><ul class="menu"><li>Mark all read</li></ul></header>
    <ul class="list"><li class="row"><b class="name">Анна</b><span class="time">14:05</span></li></ul>
    <nezabudka-overlay></nezabudka-overlay>`;
  document.elementsFromPoint = () => at(document);
  return document.querySelector('.row')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a badge point covered by the console', () => {
  it('is covered under the console’s menu opened over the list', () => {
    const row = page((doc) => [doc.querySelector('.menu li')!, doc.querySelector('.row')!]);
    expect(coveredAt(document, row, 10, 10)).toBe(true);
  });

  it('is free on the row’s own text, on the row, and where the list takes the hit', () => {
    expect(
      coveredAt(
        document,
        page((doc) => [doc.querySelector('.name')!]),
        10,
        10,
      ),
    ).toBe(false);
    expect(
      coveredAt(
        document,
        page((doc) => [doc.querySelector('.row')!]),
        10,
        10,
      ),
    ).toBe(false);
    expect(
      coveredAt(
        document,
        page((doc) => [doc.querySelector('.list')!]),
        10,
        10,
      ),
    ).toBe(false);
  });

  it('looks past Nezabudka’s own overlay (its badge, its chip) to the page under it', () => {
    const row = page((doc) => [doc.querySelector('nezabudka-overlay')!, doc.querySelector('.time')!]);
    expect(coveredAt(document, row, 10, 10)).toBe(false);
    const menuUnder = page((doc) => [
      doc.querySelector('nezabudka-overlay')!,
      doc.querySelector('.menu li')!,
    ]);
    expect(coveredAt(document, menuUnder, 10, 10)).toBe(true);
  });

  it('reads a row inside a web component’s shadow root through its host', () => {
    document.body.innerHTML = `<inbox-list></inbox-list><div class="popover">Snooze</div>`;
    const host = document.querySelector('inbox-list')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="item"><span class="name">Анна</span></div><div class="menu">Sort</div>`;
    const row = shadow.querySelector('.item')!;
    document.elementsFromPoint = () => [host];
    shadow.elementFromPoint = () => shadow.querySelector('.item .name');
    expect(coveredAt(document, row, 10, 10)).toBe(false);
    // The component's own menu, drawn inside the same root over the row.
    shadow.elementFromPoint = () => shadow.querySelector('.menu');
    expect(coveredAt(document, row, 10, 10)).toBe(true);
    document.elementsFromPoint = () => [document.querySelector('.popover')!, host];
    expect(coveredAt(document, row, 10, 10)).toBe(true);
  });

  it('is free where nothing is drawn (outside the window)', () => {
    expect(
      coveredAt(
        document,
        page(() => []),
        10,
        10,
      ),
    ).toBe(false);
  });
});
