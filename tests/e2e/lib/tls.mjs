// A throwaway certificate authority for the hosting tests: one self-signed certificate for
// localhost (and nothing else: the tests also check a name it does not carry), made with
// openssl at test time, never kept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OPENSSL = spawnSync('openssl', ['version']).status === 0 ? 'openssl' : undefined;

/** `{ cert, key }` as files in a temp folder (the certificate is its own CA), `pem` the
 *  certificate's text, and `remove()`. */
export function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'wan-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync(
    OPENSSL,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1',
      '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  return { cert, key, pem: readFileSync(cert, 'utf8'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An https server on 127.0.0.1 that answers every request 200 `{ ok: true }` and records
 *  `{ method, path, headers, servername }` of each (servername: the SNI it was asked for). */
export async function startHttpsUpstream({ cert, key }) {
  const requests = [];
  const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
    requests.push({ method: req.method, path: req.url, headers: req.headers, servername: req.socket.servername });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    requests,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}
