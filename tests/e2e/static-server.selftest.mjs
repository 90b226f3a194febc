// Self-check of the static server: node --test tests/e2e/static-server.selftest.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';

let dir;
let srv;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-selftest-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>root</p>');
  writeFileSync(join(dir, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(dir, 'app.js'), 'export {}');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'index.html'), '<p>docs</p>');
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), 'secret');
  srv = await startStaticServer({ root: dir, base: '/some/sub/path', headers: { 'X-Test': 'yes' } });
});
after(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-secret.txt`, { force: true });
});

/** Raw request, so paths like /../ reach the server un-normalised. */
function raw(path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: srv.port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    }).on('error', reject);
  });
}

test('url includes the base and ends with a slash', () => {
  assert.equal(srv.url, `http://127.0.0.1:${srv.port}/some/sub/path/`);
});

test('index.html for the base and for directories; base without slash redirects', async () => {
  const r = await fetch(srv.url);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(r.headers.get('x-test'), 'yes');
  assert.match(await r.text(), /root/);

  const redir = await fetch(srv.url.slice(0, -1) + '?q=1', { redirect: 'manual' });
  assert.equal(redir.status, 301);
  assert.equal(redir.headers.get('location'), '/some/sub/path/?q=1');

  assert.match(await (await fetch(`${srv.url}docs/`)).text(), /docs/);
  const dirRedir = await fetch(`${srv.url}docs`, { redirect: 'manual' });
  assert.equal(dirRedir.headers.get('location'), '/some/sub/path/docs/');
});

test('MIME types, ranges and 404s', async () => {
  const wasm = await fetch(`${srv.url}app.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal((await wasm.arrayBuffer()).byteLength, 8);
  assert.equal((await fetch(`${srv.url}app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');

  const part = await fetch(`${srv.url}app.wasm`, { headers: { Range: 'bytes=0-3' } });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-range'), 'bytes 0-3/8');
  await part.arrayBuffer();

  assert.equal((await fetch(`${srv.url}missing.js`)).status, 404);
  assert.equal((await raw('/index.html')).statusCode, 404, 'outside the base');
  assert.equal((await fetch(srv.url, { method: 'POST' })).status, 405);
});

test('no directory traversal', async () => {
  const secret = `${dir.split('/').pop()}-secret.txt`;
  assert.equal((await raw(`/some/sub/path/../${secret}`)).statusCode, 404);
  assert.equal((await raw(`/some/sub/path/..%2f${secret}`)).statusCode, 404);
  assert.equal((await raw(`/some/sub/path/%2e%2e/${secret}`)).statusCode, 404);
});
