// Content-Type by file extension. Browsers are strict about a few of these:
// WebAssembly.instantiateStreaming() refuses anything but application/wasm,
// module scripts refuse non-JavaScript types, and <video> sniffs less than
// people think, so every type the app or the fixtures use is listed here.
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(filePath) {
  return TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
