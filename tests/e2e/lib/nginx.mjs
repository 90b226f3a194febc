// Starts Debian's nginx with deploy/nginx-site.conf (port, root and upstream swapped for
// the test's own), wrapped in a minimal main config inside a temp folder. The recipe's
// snippets are used from deploy/ where a host copies them to /etc/nginx/snippets/: the
// headers always, brotli where the module is installed, TLS when a test gives a certificate.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** Whether this nginx can send the build's .br copies (Debian: libnginx-mod-http-brotli-static). */
export const BROTLI = Boolean(NGINX) && existsSync(BROTLI_MODULE);
const BROTLI_INCLUDE = 'include /etc/nginx/snippets/wan-i2v-brotli.con[f];';
const HEADERS_INCLUDE = 'include /etc/nginx/snippets/wan-i2v-headers.conf;';
const TLS_INCLUDE = 'include /etc/nginx/snippets/wan-i2v-tls.con[f];';
/** The CA bundle the recipe trusts for RunComfy's certificate. */
export const SYSTEM_CA = '/etc/ssl/certs/ca-certificates.crt';
const TRUSTED = `proxy_ssl_trusted_certificate ${SYSTEM_CA};`;

async function freePort() {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * `brotli: false` runs the recipe as a host without the brotli module has it.
 * `trusted`: a CA file in place of the system bundle, for the proxy's upstream certificate.
 * `tls: { cert, key }`: the recipe's TLS snippet too, on a port of its own (`httpsUrl`).
 */
export async function startNginx({ root, upstream, brotli = BROTLI, trusted, tls }) {
  const dir = mkdtempSync(join(tmpdir(), 'wan-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const port = await freePort();
  let httpsPort;
  while (tls && (!httpsPort || httpsPort === port)) httpsPort = await freePort();
  if (tls) {
    const snippet = readFileSync(resolve('deploy/nginx-tls.conf'), 'utf8')
      .replace('listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`)
      .replace('listen [::]:443 ssl;', '')
      .replace(/^ssl_certificate .*;$/m, `ssl_certificate ${tls.cert};`)
      .replace(/^ssl_certificate_key .*;$/m, `ssl_certificate_key ${tls.key};`);
    if (!snippet.includes(`ssl_certificate_key ${tls.key};`) || snippet.includes(':443')) {
      throw new Error('the TLS snippet changed shape');
    }
    writeFileSync(join(dir, 'tls.conf'), snippet);
  }
  const recipe = readFileSync(resolve('deploy/nginx-site.conf'), 'utf8');
  const site = recipe
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/wan-i2v;', `root ${resolve(root)};`)
    .replace('proxy_pass https://model-api.runcomfy.net/;', `proxy_pass ${upstream}/;`)
    .replace('proxy_pass https://api.runcomfy.net/prod/v2/balance;', `proxy_pass ${upstream}/prod/v2/balance;`)
    .replace(BROTLI_INCLUDE, brotli ? `include ${resolve('deploy/nginx-brotli.conf')};` : BROTLI_INCLUDE)
    .replaceAll(HEADERS_INCLUDE, `include ${resolve('deploy/nginx-headers.conf')};`)
    .replace(TLS_INCLUDE, tls ? `include ${join(dir, 'tls.conf')};` : TLS_INCLUDE)
    .replace(TRUSTED, trusted ? `proxy_ssl_trusted_certificate ${trusted};` : TRUSTED);
  if (
    !site.includes(`proxy_pass ${upstream}/;`) ||
    !site.includes(`proxy_pass ${upstream}/prod/v2/balance;`) ||
    (brotli && site.includes(BROTLI_INCLUDE)) ||
    !recipe.includes(HEADERS_INCLUDE) ||
    site.includes(HEADERS_INCLUDE) ||
    (tls && site.includes(TLS_INCLUDE)) ||
    !recipe.includes(TRUSTED)
  ) {
    throw new Error('the recipe changed shape');
  }
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events {}
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; }
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${url}/index.html`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
  }
  return {
    url,
    httpsUrl: tls && `https://127.0.0.1:${httpsPort}`,
    /** What nginx wrote to its error log (stderr) so far. */
    log: () => stderr,
    close: async () => {
      const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      // Graceful first; a request the page still holds open through the proxy would keep a
      // graceful nginx waiting (a test once timed out here after passing), so then at once.
      child.kill('SIGQUIT');
      const hurry = setTimeout(() => child.kill('SIGTERM'), 2000);
      await exited;
      clearTimeout(hurry);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
