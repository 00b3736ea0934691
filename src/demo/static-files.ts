/**
 * Serves a folder of recorded feeds and pages over HTTP the way a real site would: ETag and
 * Last-Modified with 304s, gzip when asked, a charset from the file name. Used by the offline
 * demo (`covgap demo`) and by the test fixture server.
 *
 * Recorded files write their own links as `{{BASE}}/…`; the placeholder becomes the server's
 * base URL. It is replaced on bytes, never on decoded text, so windows-1251 files stay intact.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const PLACEHOLDER = Buffer.from('{{BASE}}');

export function contentTypeOf(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.xml' || ext === '.rss') {
    // Fixture names say what is odd about them: `*-cp1251.xml` is served as windows-1251.
    const name = basename(file).toLowerCase();
    const cp1251 = name.includes('cp1251') || name.includes('windows-1251');
    return `application/rss+xml; charset=${cp1251 ? 'windows-1251' : 'utf-8'}`;
  }
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** Replaces every `{{BASE}}` in `body` with `base` (byte-level). */
export function withBase(body: Buffer, base: string): Buffer {
  if (!base || body.indexOf(PLACEHOLDER) < 0) return body;
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(PLACEHOLDER); at >= 0; at = body.indexOf(PLACEHOLDER, from)) {
    parts.push(body.subarray(from, at), Buffer.from(base, 'latin1'));
    from = at + PLACEHOLDER.length;
  }
  parts.push(body.subarray(from));
  return Buffer.concat(parts);
}

/** Answers `req` with the file at `pathname` below `root` (404 when absent, 403 outside root). */
export async function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
  let file: string;
  try {
    file = resolve(root, '.' + decodeURIComponent(pathname));
  } catch {
    return void res.writeHead(400).end('bad path');
  }
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return void res.writeHead(403).end('outside the fixture root');
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');

  const body = withBase(await readFile(file), base);
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString();
  const headers: Record<string, string> = {
    'content-type': contentTypeOf(file),
    etag,
    'last-modified': lastModified,
    vary: 'Accept-Encoding',
  };
  if (notModified(req, etag, info.mtimeMs)) return void res.writeHead(304, headers).end();

  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const payload = gzip ? gzipSync(body) : body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(payload.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

// RFC 9110 §13.1: If-None-Match wins; If-Modified-Since counts only without it.
function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(ims) && Math.floor(mtimeMs / 1000) * 1000 <= ims;
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
