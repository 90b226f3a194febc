// Release builds: gives the wasm's imports from its glue short names. wasm-bindgen names
// each import after the JS it calls plus a 16-digit hash (`__wbg_setAttribute_f75317b2b5cabfb4`),
// and every name is in the wasm once and in the glue once: 8 KB of names in the first module,
// the hashes of which gzip cannot shrink. Here the module `./NAME_bg.js` becomes `w` and
// its imports `a`, `b`, … `ba`, …, in the wasm's import section and in the glue's import
// object alike.
//
//   node scripts/short-imports.mjs OUT_DIR/NAME_bg.wasm OUT_DIR/NAME.js
//
// Run by scripts/split-bin/wasm-bindgen after wasm-bindgen (and unused-exports.mjs), before
// Trunk's wasm-opt and its hashes. Fails, rather than ship a module whose imports the glue
// does not provide, when any import is not found exactly once as a key of the glue's object.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { leb, name, rewriteSection } from './wasm-binary.mjs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) throw new Error('usage: short-imports.mjs NAME_bg.wasm NAME.js');
const glueModule = `./${basename(jsPath, '.js')}_bg.js`;
const SHORT_MODULE = 'w';

const wasm = readFileSync(wasmPath);
const renamed = new Map();
const bytes = withImportsRenamed(wasm, (module, name) => {
  if (module !== glueModule) return null;
  if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
  return [SHORT_MODULE, renamed.get(name)];
});

let js = readFileSync(jsPath, 'utf8');
const before = js.length;
// The import object: `    const import0 = {` … `    };`, one `        NAME: …` per import.
const object = /\n {4}const (import\d+) = \{\n([\s\S]*?)\n {4}\};\n/.exec(js);
if (!object) throw new Error('short-imports.mjs: no import object in the glue');
let body = object[2];
for (const [name, short] of renamed) {
  const key = new RegExp(`^        ${name}: `, 'gm');
  const found = body.match(key)?.length ?? 0;
  if (found !== 1) throw new Error(`short-imports.mjs: ${name} is ${found} times a key of the glue's imports`);
  body = body.replace(key, `        ${short}: `);
}
const keys = body.match(/^ {8}(?!__proto__:)[\w$]+: /gm).length;
if (keys !== renamed.size) throw new Error(`short-imports.mjs: the glue has ${keys} imports, the wasm ${renamed.size}`);
js = js.slice(0, object.index) + object[0].replace(object[2], body) + js.slice(object.index + object[0].length);
const binding = `"${glueModule}": ${object[1]},`;
if (!js.includes(binding)) throw new Error(`short-imports.mjs: the glue does not hand ${object[1]} to ${glueModule}`);
js = js.replace(binding, `"${SHORT_MODULE}": ${object[1]},`);

writeFileSync(jsPath, js);
writeFileSync(wasmPath, bytes);
console.log(`short-imports.mjs: ${renamed.size} imports renamed; wasm ${wasm.length - bytes.length} and glue ${before - js.length} bytes shorter`);

/** The `n`th short name: a … z, then ba, bb, … (a JS identifier, never a keyword). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = '';
  do {
    name = letters[n % 26] + name;
    n = Math.floor(n / 26);
  } while (n > 0);
  return name;
}

/** The module `wasm` with its import section (id 2) rewritten: `rename(module, name)` gives
 *  an import's new [module, name], or null to keep it. */
function withImportsRenamed(wasm, rename) {
  return rewriteSection(wasm, 2, (cursor) => {
    const count = cursor.u32();
    const entries = [];
    for (let n = 0; n < count; n++) {
      const module = cursor.name();
      const field = cursor.name();
      const description = cursor.at;
      skipImportDescription(cursor);
      const [newModule, newField] = rename(module, field) ?? [module, field];
      entries.push(Buffer.concat([name(newModule), name(newField), cursor.since(description)]));
    }
    return Buffer.concat([leb(count), ...entries]);
  });
}

/** Skips an import's kind and type: a function, table, memory or global (the 2.0 and
 *  threads encodings; tags too). */
function skipImportDescription(cursor) {
  const kind = cursor.wasm[cursor.at++];
  if (kind === 0x00 || kind === 0x04) {
    if (kind === 0x04) cursor.at++; // a tag's attribute
    cursor.u32(); // the type index
  } else if (kind === 0x01) {
    cursor.at++; // the element type (a reference type)
    skipLimits(cursor);
  } else if (kind === 0x02) {
    skipLimits(cursor);
  } else if (kind === 0x03) {
    const type = cursor.wasm[cursor.at++];
    if (type === 0x63 || type === 0x64) cursor.u32(); // (ref null? ht) carries a heap type
    cursor.at++; // mutability
  } else {
    throw new Error(`short-imports.mjs: an import of unknown kind ${kind}`);
  }
}

function skipLimits(cursor) {
  const flags = cursor.wasm[cursor.at++];
  cursor.u32();
  if (flags & 0x01) cursor.u32();
}
