// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDemo, type DemoServer } from '../../../demo/tools/serve.mjs';

interface Reply {
  status: number;
  type: string | undefined;
  cache: string | undefined;
  body: string;
}

/** Raw request: fetch would normalise `..` out of the path before sending it. */
function get(server: DemoServer, rawPath: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: server.host, port: server.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          cache: res.headers['cache-control'],
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let root: string;
let server: DemoServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'nz-serve-'));
  root = path.join(dir, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>DemoDesk</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  server = await serveDemo({ port: 0, root, quiet: true });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo desk static server', () => {
  it('serves the page and its assets with the right types and no caching', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await get(server, '/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-store' });
    expect(page.body).toContain('DemoDesk');
    expect((await get(server, '/assets/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(server, '/assets/app.css')).type).toBe('text/css; charset=utf-8');
  });

  it('falls back to the page for app routes but not for missing files', async () => {
    const route = await get(server, '/inbox/c-001?seed=7');
    expect(route.status).toBe(200);
    expect(route.body).toContain('DemoDesk');
    expect((await get(server, '/assets/missing.js')).status).toBe(404);
  });

  it('answers 404 for paths that escape the build directory', async () => {
    for (const raw of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      expect(await get(server, raw)).toMatchObject({ status: 404, body: 'Not found' });
    }
  });

  it('fails clearly when the port is taken or the build is missing', async () => {
    await expect(serveDemo({ port: server.port, root, quiet: true })).rejects.toThrow(/already in use/);
    await expect(serveDemo({ port: 0, root: path.join(dir, 'nope'), quiet: true })).rejects.toThrow(
      /run npm run build:demo first/,
    );
  });
});
