// Release builds: the page's icon link (Trunk's, hashed, with its integrity) moves into the
// loader's ICON, and the head names an empty icon (`data:,`) until the loader puts the real
// one in place, once the app's first frame is out. An SVG icon is parsed as a document of
// its own on the main thread: asked for with the page, it arrived while the app mounted.
// Run by scripts/post-build.mjs before the page is compacted and its scripts pinned.

const LINK = /\s*<link rel="icon"[^>]*>/;
const SLOT = "const ICON = '';";
const PLACEHOLDER = '<link rel="icon" href="data:," />';

/** `html` with its icon link moved into the loader (unchanged when it has no icon). */
export function deferIcon(html) {
  const link = html.match(LINK)?.[0];
  if (!link) return html;
  if (!html.includes(SLOT)) throw new Error(`defer-icon.mjs: the loader has no "${SLOT}"`);
  // JSON.stringify keeps every quote escaped; a link has no "</script" to close the script.
  // In its place an empty icon: a page that names none gets /favicon.ico asked for at once.
  return html.replace(LINK, `\n    ${PLACEHOLDER}`).replace(SLOT, `const ICON = ${JSON.stringify(link.trim())};`);
}
