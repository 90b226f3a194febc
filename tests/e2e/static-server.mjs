// A plain static file server for end-to-end tests of the built app (dist/).
// It can mount the files under a sub-path (`base`) so tests catch absolute
// URLs that only work when the app sits at the site root. Standard library only.
//
//   node tests/e2e/static-server.mjs --root dist [--base /some/sub/path/] [--port 8080] [--host 127.0.0.1]
//   import { startStaticServer } from './static-server.mjs'
//
// Deliberately plain: no ETag / Last-Modified / 304 logic and no caching
// headers, so what the browser gets is always exactly what is on disk.

import http from 'node:http';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendFile, resolveInside } from './lib/send-file.mjs';

/** '/a/b' or 'a/b/' → '/a/b/'; '' or '/' → '/'. */
function normalizeBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `onRequest(req)` sees every request (tests count what reached the network). */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1', headers = {}, onRequest } = {}) {
  if (!root) throw new Error('startStaticServer: `root` is required');
  const rootDir = resolve(root);
  const prefix = normalizeBase(base);

  function notFound(res) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }
  function redirect(res, location) {
    res.writeHead(301, { Location: location });
    res.end();
  }

  async function handle(req, res) {
    onRequest?.(req);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    const u = new URL(req.url, 'http://static.invalid');
    // "/sub/path" → "/sub/path/": relative URLs in index.html need the slash.
    if (u.pathname + '/' === prefix) return redirect(res, prefix + u.search);
    if (!u.pathname.startsWith(prefix)) return notFound(res);

    let rel;
    try {
      rel = decodeURIComponent(u.pathname.slice(prefix.length));
    } catch {
      return notFound(res);
    }
    let file = resolveInside(rootDir, rel); // null for ../ escapes
    if (!file) return notFound(res);

    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!u.pathname.endsWith('/')) return redirect(res, `${u.pathname}/${u.search}`);
      file = join(file, 'index.html');
    }
    if (!(await sendFile(req, res, file))) notFound(res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`static-server bug: ${e.stack}\n`);
      } else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actualPort = server.address().port;
  const hostPart = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${hostPart}:${actualPort}${prefix}`,
    port: actualPort,
    close() {
      return new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      });
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args[i + 1];
  };
  const root = value('--root');
  if (!root) {
    console.error('usage: node tests/e2e/static-server.mjs --root DIR [--base /sub/path/] [--port N] [--host H]');
    process.exit(2);
  }
  const srv = await startStaticServer({
    root,
    base: value('--base', '/'),
    port: Number(value('--port', 0)),
    host: value('--host', '127.0.0.1'),
  });
  console.log(`Static server on ${srv.url} (root ${resolve(root)})`);
}
