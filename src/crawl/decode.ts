import iconv from 'iconv-lite';

/**
 * Response bytes → text. The order follows Miniflux `internal/reader/encoding/encoding.go`:
 * a byte-order mark, then valid UTF-8 kept as is (a prolog that says windows-1251 over UTF-8
 * bytes is a CMS template left unchanged, and decoding again would garble every letter), then
 * the charset the server, the XML prolog or an HTML <meta> declares, then windows-1251, the
 * usual legacy charset of Belarusian and Kazakh regional sites (sources.md §5.3).
 */

export type DecodeSource = 'utf8-valid' | 'header' | 'prolog' | 'meta' | 'bom' | 'fallback';

export type Decoded =
  | { readonly text: string; readonly charset: string; readonly source: DecodeSource }
  | { readonly error: 'bad_encoding'; readonly message: string };

const FALLBACK_CHARSET = 'windows-1251';
// Declarations are ASCII; a <meta> may sit after a long <head> of scripts and styles
// (Miniflux fixture `utf8-meta-after-1024.html`), so look well past the first 1024 bytes.
const SNIFF_BYTES = 64 * 1024;

interface Utf8Check {
  readonly valid: boolean;
  /** Bytes ≥ 0x80 that do not form a UTF-8 sequence, and all bytes ≥ 0x80. */
  readonly badBytes: number;
  readonly highBytes: number;
}

// A sequence cut by the body size cap at the very end does not make the body non-UTF-8.
function checkUtf8(buf: Buffer): Utf8Check {
  let bad = 0;
  let high = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    if (b < 0x80) { i++; continue; }
    high++;
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else { bad++; i++; continue; }
    if (i + need >= buf.length) {
      // Cut at the end of the body: fine if every byte present is a continuation byte.
      const tail = buf.subarray(i + 1);
      if (tail.every((c) => (c & 0xc0) === 0x80)) break;
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { bad++; i++; continue; }
    high += need;
    i += need + 1;
  }
  return { valid: bad === 0, badBytes: bad, highBytes: high };
}

function cleanLabel(label: string): string {
  return label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
}

function headerCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return m?.[2] ? cleanLabel(m[2]) : null;
}

function prologCharset(head: string): string | null {
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m?.[1] ? cleanLabel(m[1]) : null;
}

function metaCharset(head: string): string | null {
  const direct = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (direct?.[1]) return cleanLabel(direct[1]);
  return null;
}

function isUtf8Label(label: string): boolean {
  return label === 'utf-8' || label === 'utf8';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeWith(body: Buffer, charset: string): string {
  return stripBom(iconv.decode(body, charset, { stripBOM: true }));
}

/**
 * Decode a response body; `bad_encoding` when the only charset it declares is one we cannot
 * decode. A declared UTF-8 is honoured over a few stray bytes, but not over a body that is
 * mostly invalid UTF-8 (then the next declaration or windows-1251 is used).
 */
export function decodeBody(body: Buffer, contentType: string | null): Decoded {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    return { text: decodeWith(body.subarray(3), 'utf-8'), charset: 'utf-8', source: 'bom' };
  }
  if (body[0] === 0xff && body[1] === 0xfe) {
    return { text: decodeWith(body.subarray(2), 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  }
  if (body[0] === 0xfe && body[1] === 0xff) {
    return { text: decodeWith(body.subarray(2), 'utf-16be'), charset: 'utf-16be', source: 'bom' };
  }

  const utf8 = checkUtf8(body);
  if (utf8.valid) return { text: stripBom(body.toString('utf8')), charset: 'utf-8', source: 'utf8-valid' };

  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const declared: { label: string; source: DecodeSource }[] = [];
  const fromHeader = headerCharset(contentType);
  if (fromHeader) declared.push({ label: fromHeader, source: 'header' });
  const fromProlog = prologCharset(head);
  if (fromProlog) declared.push({ label: fromProlog, source: 'prolog' });
  const fromMeta = metaCharset(head);
  if (fromMeta) declared.push({ label: fromMeta, source: 'meta' });

  let unknown: string | null = null;
  for (const { label, source } of declared) {
    if (isUtf8Label(label)) {
      // A few stray bytes in a UTF-8 page (a cut-and-pasted character) keep the declaration;
      // a body where most high bytes are invalid is a single-byte charset mislabelled.
      if (utf8.badBytes * 20 <= utf8.highBytes) return { text: decodeWith(body, 'utf-8'), charset: 'utf-8', source };
      continue;
    }
    if (!iconv.encodingExists(label)) {
      unknown ??= label;
      continue;
    }
    return { text: decodeWith(body, label), charset: label, source };
  }
  if (unknown !== null) {
    return { error: 'bad_encoding', message: `decode: unknown charset ${JSON.stringify(unknown)}` };
  }
  return { text: decodeWith(body, FALLBACK_CHARSET), charset: FALLBACK_CHARSET, source: 'fallback' };
}
