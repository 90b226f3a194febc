// Every build: the language files as the app fetches them. Trunk copies locales/*.ftl (the
// Fluent sources, one per language) to the staging folder; each language but English (built
// into the wasm) becomes locales/<tag>.txt, the sources are removed. Run by
// scripts/post-build.mjs. The format is core/src/i18n/ftl.rs's `compile`: a header with
// English's number of messages, then each message's text after a \u001e, in English's order,
// empty where the language lacks one (the app says that one in English). No ids travel: the
// wasm knows messages by their place, which keeps their names out of it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** [[id, text after its `=`]] of a .ftl file (comments and blank lines left out; a
 *  selector's indented lines join its message), as ftl.rs's `entries` reads it. */
export function entries(source) {
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i++];
    if (!line.trim() || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at < 0) throw new Error(`locales: line ${i}: expected "id = text"`);
    let body = line.slice(at + 1);
    while (i < lines.length && (lines[i].startsWith(' ') || lines[i].startsWith('}'))) body += `\n${lines[i++]}`;
    out.push([line.slice(0, at).trim(), body]);
  }
  return out;
}

/** The compiled form of `source` for the messages `englishIds`. */
export function compile(source, englishIds) {
  const bodies = new Map(entries(source));
  return `wan-i2v-messages ${englishIds.length}\n${englishIds.map((id) => `\u001e${bodies.get(id) ?? ''}`).join('')}`;
}

/** Compiles `dir`/locales/*.ftl into .txt beside them and removes the sources. */
export function compileLocales(dir) {
  const folder = join(dir, 'locales');
  const english = entries(readFileSync(join(folder, 'en.ftl'), 'utf8')).map(([id]) => id);
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.ftl'))) {
    const tag = name.slice(0, -'.ftl'.length);
    if (tag !== 'en') writeFileSync(join(folder, `${tag}.txt`), compile(readFileSync(join(folder, name), 'utf8'), english));
    rmSync(join(folder, name));
  }
}
