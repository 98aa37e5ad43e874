import { serveDemo } from '../../../demo/tools/serve.mjs';

export interface DemoDesk {
  /** An address on the demo desk, e.g. url('/?seed=7&chats=12&speed=0'). */
  url(pathAndQuery?: string): string;
  close(): Promise<void>;
}

/**
 * Serves the built demo desk on a free loopback port for one test file. Another
 * loopback address (127.0.0.2) is a site the extension does not know out of the box.
 */
export async function startDemoDesk(host = '127.0.0.1'): Promise<DemoDesk> {
  const server = await serveDemo({ port: 0, host, quiet: true });
  const base = server.url.replace(/\/$/, '');
  return { url: (pathAndQuery = '/') => `${base}${pathAndQuery}`, close: () => server.close() };
}
