// Starts Debian's nginx with deploy/nginx-site.conf (port, root and upstream swapped for
// the test's own), wrapped in a minimal main config inside a temp folder. Where the brotli
// module is installed, it is loaded and the recipe's brotli snippet is used, as the
// README tells a host to.
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

async function freePort() {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** `brotli: false` runs the recipe as a host without the brotli module has it. */
export async function startNginx({ root, upstream, brotli = BROTLI }) {
  const dir = mkdtempSync(join(tmpdir(), 'wan-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const port = await freePort();
  const site = readFileSync(resolve('deploy/nginx-site.conf'), 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/wan-i2v;', `root ${resolve(root)};`)
    .replace('proxy_pass https://model-api.runcomfy.net/;', `proxy_pass ${upstream}/;`)
    .replace(BROTLI_INCLUDE, brotli ? `include ${resolve('deploy/nginx-brotli.conf')};` : BROTLI_INCLUDE);
  if (!site.includes(`proxy_pass ${upstream}/;`) || (brotli && site.includes(BROTLI_INCLUDE))) {
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
