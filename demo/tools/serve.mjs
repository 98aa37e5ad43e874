#!/usr/bin/env node
// Serves the built demo desk (demo/dist) on the loopback interface.
// No dependencies: node:http only, so it runs right after `npm run build:demo`.
//
//   node demo/tools/serve.mjs [--port N] [--host H]    (or NZ_DEMO_PORT=N)
//   import { serveDemo } from './serve.mjs'; const { url, close } = await serveDemo({ port: 0 });
import { createReadStream, existsSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_DEMO_PORT = 5317;
const DEFAULT_HOST = '127.0.0.1';
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** An error whose message is meant for people; the CLI prints it as one line. */
class ServeError extends Error {}

/**
 * Starts the server. Resolves once it listens; `port: 0` picks a free port
 * (the actual one is in `url` and `port`).
 * @param {{ port?: number, host?: string, root?: string, quiet?: boolean }} [options]
 */
export async function serveDemo(options = {}) {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_DEMO_PORT;
  const root = path.resolve(options.root ?? DIST);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ServeError(`invalid port ${String(port)}: expected an integer from 0 to 65535`);
  }
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new ServeError(
      `${path.relative(process.cwd(), root) || root} has no build: run npm run build:demo first`,
    );
  }

  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ServeError(
            `port ${port} on ${host} is already in use: stop the other server or pick another with --port N (or NZ_DEMO_PORT)`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new ServeError(`no permission to listen on ${host}:${port}: pick a port above 1023`));
      } else {
        reject(new ServeError(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
    server.listen(port, host, () => resolve(undefined));
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  if (!options.quiet) console.log(`DemoDesk: ${url}`);

  return {
    url,
    host,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** @param {string} root @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
async function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method not allowed');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'Bad request');
  }
  const target = path.join(root, pathname);
  // Anything outside the build directory does not exist, as far as clients are told.
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + path.sep))) {
    return send(response, 404, 'Not found');
  }

  let file = await fileAt(target);
  // Single-page apps: an unknown route gets the nearest page above it (the desk's
  // own, or a gallery console's such as /gallery/routes/inbox/4101); unknown assets a 404.
  for (let dir = path.dirname(target); !file && path.extname(pathname) === ''; dir = path.dirname(dir)) {
    if (dir !== root && !dir.startsWith(root + path.sep)) break;
    file = await fileAt(path.join(dir, 'index.html'));
  }
  if (!file) return send(response, 404, 'Not found');

  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file.path).pipe(response);
}

/** The file at `target`, or its index.html when it is a directory; null when neither exists. */
async function fileAt(target) {
  for (const candidate of [target, path.join(target, 'index.html')]) {
    try {
      const info = await stat(candidate);
      if (info.isFile()) return { path: candidate, size: info.size };
    } catch {
      // not there: try the next candidate
    }
  }
  return null;
}

function send(response, status, text) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Port from `--port N` / `--port=N`, else NZ_DEMO_PORT, else the default. */
function portFrom(argv, env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const raw =
    index < 0 ? env.NZ_DEMO_PORT : argv[index].includes('=') ? argv[index].slice(7) : argv[index + 1];
  if (raw === undefined || raw === '') return DEFAULT_DEMO_PORT;
  if (!/^\d+$/.test(raw))
    throw new ServeError(`invalid port ${JSON.stringify(raw)}: expected an integer from 0 to 65535`);
  return Number(raw);
}

function hostFrom(argv) {
  const index = argv.findIndex((arg) => arg === '--host' || arg.startsWith('--host='));
  if (index < 0) return DEFAULT_HOST;
  return argv[index].includes('=') ? argv[index].slice(7) : (argv[index + 1] ?? DEFAULT_HOST);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Usage: node demo/tools/serve.mjs [--port N] [--host H]   (env NZ_DEMO_PORT; default port 5317)',
    );
    return;
  }
  const server = await serveDemo({ port: portFrom(argv, process.env), host: hostFrom(argv) });
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((error) => {
    // People read this, not a stack trace.
    console.error(
      `serve-demo: ${error instanceof ServeError ? error.message : String(error?.message ?? error)}`,
    );
    process.exitCode = 1;
  });
}
