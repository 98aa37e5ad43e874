import data from './data/wait-headers.json';

const HEADERS = new Set(data.headers.map((header) => header.toLowerCase()));

/** Whether a table's column header says its cells are the customer's wait ("Wait", «Ожидание»). */
export function isWaitHeader(text: string): boolean {
  const plain = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:.,↑↓▲▼⇅]+$/u, '')
    .toLowerCase();
  return HEADERS.has(plain);
}
