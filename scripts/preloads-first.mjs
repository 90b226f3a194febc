// Release builds: the preloads (the first script, the second module's loader, the first wasm)
// right after the page's title, ahead of the inline stylesheet and scripts. Trunk writes them
// at the end of the head, where the parser asks for them only once it has parsed the
// stylesheet and run the head's script: on a phone's network (load.mjs, 4× CPU) the wasm's
// request then starts about 70 ms later, and it is the longest download.
// Run by scripts/post-build.mjs before the page is compacted and its scripts pinned.

const PRELOAD = /[ \t]*<link rel="(?:modulepreload|preload)"[^>]*>\n?/g;
const TITLE = /<\/title>\n/;

/** `html` with its preload links moved to just after `</title>`. */
export function preloadsFirst(html) {
  const links = html.match(PRELOAD) ?? [];
  if (!links.length) return html;
  if (!TITLE.test(html)) throw new Error('preloads-first.mjs: the page has no </title> to put the preloads after');
  const moved = links.map((link) => `    ${link.trim()}\n`).join('');
  return html.replace(PRELOAD, '').replace(TITLE, (title) => title + moved);
}
