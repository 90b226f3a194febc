// Release builds: drops what the wasm exports only because a dependency declares it, and
// nothing in the app ever uses. Leptos depends on server_fn, and server_fn on wasm-streams,
// whose #[wasm_bindgen] classes IntoUnderlyingSource, IntoUnderlyingSink and
// IntoUnderlyingByteSource (JS streams fed by Rust) are exported by every Leptos app.
// This app has no server functions and builds no stream: Rust never hands such an object to
// JS (the glue has no `__wrap` for them), so the classes and their wasm exports are dead,
// and with the exports gone wasm-opt drops the code behind them: 3.9 KiB of the first
// module and 3.8 KiB of its glue, 2.0 KiB gzip in all.
//
//   node scripts/unused-exports.mjs OUT_DIR/NAME_bg.wasm OUT_DIR/NAME.js
//
// Run by scripts/split-bin/wasm-bindgen after wasm-bindgen, before Trunk's wasm-opt.
// Fails when the glue builds one of these objects after all, or when the wasm and the glue
// disagree, rather than ship a class whose exports are gone.
import { readFileSync, writeFileSync } from 'node:fs';
import { leb, rewriteSection } from './wasm-binary.mjs';

const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const exported = (name) => CLASSES.some((c) => name.startsWith(`${c.toLowerCase()}_`) || name === `__wbg_${c.toLowerCase()}_free`);

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) throw new Error('usage: unused-exports.mjs NAME_bg.wasm NAME.js');

let js = readFileSync(jsPath, 'utf8');
for (const name of CLASSES) {
  if (js.includes(`${name}.__wrap`)) throw new Error(`unused-exports.mjs: the glue builds ${name}: it is used`);
}
const before = js.length;
js = js.replace(new RegExp(`export class (${CLASSES.join('|')}) \\{\\n[\\s\\S]*?\\n\\}\\n(?:if \\(Symbol\\.dispose\\) \\1\\.prototype\\[Symbol\\.dispose\\] = \\1\\.prototype\\.free;\\n)?`, 'g'), '');
js = js.replace(new RegExp(`const (?:${CLASSES.join('|')})Finalization = [\\s\\S]*?;\\n`, 'g'), '');
const left = CLASSES.filter((c) => js.includes(c));
if (left.length) throw new Error(`unused-exports.mjs: ${left.join(', ')} still in the glue`);

const wasm = readFileSync(wasmPath);
const { bytes, dropped } = withoutExports(wasm, exported);
if ((js.length < before) !== (dropped > 0)) throw new Error('unused-exports.mjs: the wasm and the glue disagree');
writeFileSync(jsPath, js);
writeFileSync(wasmPath, bytes);
console.log(`unused-exports.mjs: ${dropped} exports and ${before - js.length} bytes of glue dropped`);

/** The module `wasm` with the exports whose name `drop` accepts left out of its export
 *  section (id 7). */
function withoutExports(wasm, drop) {
  let dropped = 0;
  const bytes = rewriteSection(wasm, 7, (cursor) => {
    const kept = [];
    for (let n = cursor.u32(); n > 0; n--) {
      const entry = cursor.at;
      const exportName = cursor.name();
      cursor.at++; // the kind
      cursor.u32(); // the index
      if (drop(exportName)) dropped++;
      else kept.push(cursor.since(entry));
    }
    return Buffer.concat([leb(kept.length), ...kept]);
  });
  return { bytes, dropped };
}
