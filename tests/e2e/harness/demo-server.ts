import { serveDemo } from '../../../demo/tools/serve.mjs';

export interface DemoDesk {
  /** An address on the demo desk, e.g. url('/?seed=7&chats=12&speed=0'). */
  url(pathAndQuery?: string): string;
  close(): Promise<void>;
}

/** Serves the built demo desk on a free loopback port for one test file. */
export async function startDemoDesk(): Promise<DemoDesk> {
  const server = await serveDemo({ port: 0, host: '127.0.0.1', quiet: true });
  const base = server.url.replace(/\/$/, '');
  return { url: (pathAndQuery = '/') => `${base}${pathAndQuery}`, close: () => server.close() };
}
