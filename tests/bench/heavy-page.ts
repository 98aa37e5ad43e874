// A page as heavy as issue-sized consoles get: thousands of conversation rows in
// the demo desk's markup (so the built-in profile reads it), a page timer that
// counts its own ticks, and a customer writing somewhere every half second (so
// the sensor has something to scan). Served by the bench on the loopback.
import { createServer, type Server } from 'node:http';

export function heavyPageHtml(rows: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Heavy list</title></head>
<body><div data-demo-desk><ul class="list" role="listbox"></ul></div>
<script>
  const list = document.querySelector('.list');
  const html = [];
  for (let i = 0; i < ${rows}; i += 1)
    html.push('<li class="conv-row" data-conversation-id="c' + i + '"><span class="conv-row__name">Customer ' + i +
      '</span><span class="conv-row__preview" data-author="operator">Thanks, bye</span></li>');
  list.innerHTML = html.join('');
  // The page's own timer: how often it runs is what the console's users feel.
  window.nzTicks = 0;
  setInterval(() => { window.nzTicks += 1; }, 100);
  let n = 0;
  setInterval(() => {
    n += 1;
    const row = list.children[(n * 7919) % Math.min(${rows}, 900)];
    const preview = row.querySelector('.conv-row__preview');
    preview.dataset.author = 'customer';
    preview.textContent = 'Hello? message ' + n;
    let unread = row.querySelector('.conv-row__unread');
    if (!unread) { unread = document.createElement('span'); unread.className = 'conv-row__unread'; row.append(unread); }
    unread.textContent = String(n);
  }, 500);
</script></body></html>`;
}

/** Serves the heavy page at any path (profiles tell pages apart by path). */
export async function serveHeavyPage(
  rows: number,
): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const html = heavyPageHtml(rows);
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
