// Release builds: the second wasm module (the functions marked `split!`, src/split.rs) and its loader into the staging
// folder, beside what Trunk made of the first. scripts/split-bin/wasm-bindgen left them in
// $CARGO_TARGET_DIR/wasm-split/ under fixed names; here they get Trunk's treatment: wasm-opt
// -Oz, and names with a hash of their content (so the service worker may keep them,
// cache-first, like Trunk's own files). The first module's script and the loader import
// each other: both get a name of what both say, and index.html the script's new name and
// integrity, a preload of the loader and SPLIT (its loader then waits for the second
// module's copy before it registers the worker).
// Run by scripts/post-build.mjs before the service worker, the CSP and the compressed copies.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOADER = '__wasm_split.js';
// The chunks import the features of the module they were cut from; they carry no
// target_features section of their own, so wasm-opt is told (as Trunk's build enables them).
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];

const digest = (bytes, algorithm = 'sha256') => createHash(algorithm).update(bytes);
const hashed = (stem, bytes, ext) => `${stem}-${digest(bytes).digest('hex').slice(0, 16)}.${ext}`;

/** Places the split modules of `split` into the staging folder `dir`; returns their names
 *  ([] when the build has one module). */
export function placeSplitModules(dir, split) {
  const script = readdirSync(dir).find((f) => /^wan-i2v-[0-9a-f]+\.js$/.test(f));
  if (!script) throw new Error('split.mjs: no wan-i2v script in the build');
  let js = readFileSync(join(dir, script), 'utf8');
  if (!js.includes(`./${LOADER}`)) return []; // built without WAN_SPLIT
  if (!existsSync(join(split, LOADER))) throw new Error(`split.mjs: the script imports ${LOADER}, ${split} has none`);

  let loader = readFileSync(join(split, LOADER), 'utf8');
  const placed = [];
  for (const chunk of readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== 'wan-i2v.wasm')) {
    const optimized = join(split, `${chunk}.opt`);
    optimizeSplitModule(join(split, chunk), optimized);
    const bytes = readFileSync(optimized);
    rmSync(optimized);
    // split_later.wasm: the module named `later` (src/split.rs).
    const name = hashed(chunk.replace(/^split_/, '').replace(/\.wasm$/, ''), bytes, 'wasm');
    writeFileSync(join(dir, name), bytes);
    loader = swap(loader, `"./${chunk}"`, `"./${name}"`);
    placed.push(name);
  }
  // Each download goes through the page's loader, which keeps a copy for the service worker
  // (Trunk.toml's pattern_script), so the worker does not fetch the module again.
  const fetches = /const src = fetch\((new URL\("\.\/[\w.-]+\.wasm", import\.meta\.url\))\);/g;
  if (!fetches.test(loader)) throw new Error('split.mjs: the loader fetches no module the way it used to');
  // The app asks for the second module while it mounts; the request goes out once the
  // app's first frame is painted (at once in a hidden tab, which paints none; after 1 s at
  // the latest), so neither the mount nor that frame waits for the request to be made.
  const afterFirstFrame = [
    'const afterFirstFrame = () => new Promise((go) => {',
    "  if (document.visibilityState === 'hidden') return go();",
    '  requestAnimationFrame(() => setTimeout(go));',
    '  setTimeout(go, 1000);',
    '});',
  ].join('\n');
  loader = `const keep = (download) => (self.wanKeep ? self.wanKeep(download) : download);\n${afterFirstFrame}\n${loader.replace(fetches, 'const src = keep(afterFirstFrame().then(() => fetch($1)));')}`;

  // The script and the loader import each other, so both are named after what both say
  // (each with the other's name left out). Trunk names the script after the wasm alone: a
  // script changed here, with the same wasm, must not keep a name the service worker
  // already keeps a copy of (cache-first, it would serve the old script, whose integrity
  // the new page refuses).
  const from = /(\bfrom\s*["'])\.\/__wasm_split\.js(["'])/;
  if (!from.test(js)) throw new Error(`split.mjs: ${script} does not import ${LOADER}`);
  const both = digest(`${js}\0${loader}`).digest('hex').slice(0, 16);
  const scriptName = `wan-i2v-${both}.js`;
  const loaderName = `split-${both}.js`;
  loader = swap(loader, '"./wan-i2v.js"', `"./${scriptName}"`);
  writeFileSync(join(dir, loaderName), loader);
  placed.push(loaderName);
  // The import statement only: the wasm's imports keep the module name it was linked with.
  js = js.replace(from, `$1./${loaderName}$2`);
  rmSync(join(dir, script));
  writeFileSync(join(dir, scriptName), js);

  const index = join(dir, 'index.html');
  const integrity = `sha384-${digest(js, 'sha384').digest('base64')}`;
  let html = swap(readFileSync(index, 'utf8'), 'const SPLIT = false;', 'const SPLIT = true;', 'index.html');
  html = swap(html, script, scriptName, 'index.html');
  const escaped = scriptName.replace(/\./g, '\\.');
  const pinned = new RegExp(`(<link rel="modulepreload" href="\\./${escaped}"[^>]*integrity=")[^"]*"`);
  if (!pinned.test(html)) throw new Error(`split.mjs: index.html does not preload ${scriptName}`);
  // The script imports the loader: preloaded beside it, it is not asked for only once the
  // script has been parsed (which, on the CPU alone, waits behind the shell's first layout).
  const loaderIntegrity = `sha384-${digest(loader, 'sha384').digest('base64')}`;
  const preloads = html
    .replace(pinned, `$1${integrity}"`)
    .replace(
      new RegExp(`<link rel="modulepreload" href="\\./${escaped}"[^>]*>`),
      (link) => `${link}\n<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${loaderIntegrity}">`,
    );
  writeFileSync(index, preloads);
  return placed;
}

/** wasm-opt -Oz of a split module (also used by scripts/wasm-size.sh). */
export function optimizeSplitModule(input, output) {
  execFileSync('wasm-opt', ['-Oz', ...FEATURES.map((f) => `--enable-${f}`), input, '-o', output]);
}

function swap(text, from, to, where = 'the loader') {
  if (!text.includes(from)) throw new Error(`split.mjs: ${from} is not in ${where}`);
  return text.replaceAll(from, to);
}
