// The little of the wasm binary format that the release build's scripts rewrite
// (unused-exports.mjs, short-imports.mjs): sections, LEB128 numbers and names.

/** `wasm` with section `id` rewritten: `rewrite(cursor, end)` reads the section's body from
 *  `cursor` (which starts at the body and must stop at `end`) and returns the new body;
 *  every other section is copied as it is. */
export function rewriteSection(wasm, id, rewrite) {
  const cursor = new Cursor(wasm, 8);
  const parts = [wasm.subarray(0, 8)];
  while (cursor.at < wasm.length) {
    const start = cursor.at;
    const sectionId = wasm[cursor.at++];
    const size = cursor.u32();
    const end = cursor.at + size;
    if (sectionId === id) {
      const body = rewrite(cursor, end);
      if (cursor.at !== end) throw new Error(`wasm-binary.mjs: section ${id} was not read to its end`);
      parts.push(Buffer.from([id]), leb(body.length), body);
    } else {
      parts.push(wasm.subarray(start, end));
    }
    cursor.at = end;
  }
  return Buffer.concat(parts);
}

/** A reading position in a wasm binary. */
export class Cursor {
  constructor(wasm, at) {
    this.wasm = wasm;
    this.at = at;
  }

  /** An unsigned LEB128 number. */
  u32() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.wasm[this.at++];
      value |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return value >>> 0;
    }
  }

  /** A name: its length, then its UTF-8. */
  name() {
    const length = this.u32();
    const text = this.wasm.subarray(this.at, this.at + length).toString('utf8');
    this.at += length;
    return text;
  }

  /** The bytes from `start` to here. */
  since(start) {
    return this.wasm.subarray(start, this.at);
  }
}

/** `n` as an unsigned LEB128. */
export function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** `text` as a wasm name: its length, then its UTF-8. */
export function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(utf8.length), utf8]);
}
