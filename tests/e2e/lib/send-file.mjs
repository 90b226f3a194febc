// Sending one file from disk, with single-range support (HTTP 206).
// Chromium's media stack asks for `Range: bytes=0-` and then seeks with more
// ranges; a server that ignores them makes <video> refuse to seek and can
// stall playback, so both the fake API's media and the static server use this.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from './mime.mjs';

/**
 * Resolve a URL-derived relative path below `root`, or return null when it
 * would escape it (`../`, encoded `%2e%2e%2f`, absolute paths, NUL bytes).
 */
export function resolveInside(root, relPath) {
  if (relPath.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + sep + relPath);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/**
 * Parse a Range header against a file size.
 * Returns {start, end} (inclusive), 'unsatisfiable', or null meaning
 * "ignore the header and send everything" — RFC 9110 allows that for
 * multi-range or malformed headers, which keeps this code small.
 */
export function parseRange(header, size) {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start;
  let end;
  if (m[1] === '') {
    // Suffix range: the last N bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return 'unsatisfiable';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    if (start >= size) return 'unsatisfiable';
    end = m[2] === '' ? size - 1 : Number(m[2]);
    if (end < start) return null; // invalid, so ignored
    end = Math.min(end, size - 1);
  }
  return { start, end };
}

/**
 * Send `filePath` for a GET or HEAD request. Resolves to false (having sent
 * nothing) when the path is not a regular file, so the caller picks the 404.
 */
export async function sendFile(req, res, filePath, extraHeaders = {}) {
  let info;
  try {
    info = await stat(filePath);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;

  const size = info.size;
  const headers = {
    ...extraHeaders,
    'Content-Type': contentTypeFor(filePath),
    'Accept-Ranges': 'bytes',
  };
  const range = parseRange(req.headers.range, size);

  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
    res.end();
    return true;
  }

  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range) {
    ({ start, end } = range);
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  headers['Content-Length'] = size === 0 ? 0 : end - start + 1;
  res.writeHead(status, headers);

  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return true;
  }
  const stream = createReadStream(filePath, { start, end });
  // A browser aborting a media request mid-stream is normal: just stop reading.
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
  return true;
}
