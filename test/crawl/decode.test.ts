import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, type DecodeSource } from '../../src/crawl/decode.ts';

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

describe('decodeBody', () => {
  const cases: Record<string, {
    body: () => Buffer;
    contentType: string | null;
    source: DecodeSource;
    charset: string;
    contains: string;
  }> = {
    'keeps a UTF-8 body whose prolog claims windows-1251': {
      body: () => fixture('encoding/utf8-says-windows-1251.xml'), contentType: 'text/xml; charset=windows-1251',
      source: 'utf8-valid', charset: 'utf-8', contains: 'Гомсельмаш отгрузил комбайны в Костанай',
    },
    'decodes windows-1251 named in the Content-Type header': {
      body: () => fixture('encoding/cp1251-no-prolog.xml'), contentType: 'application/rss+xml; charset=windows-1251',
      source: 'header', charset: 'windows-1251', contains: 'В Бресте открылась ярмарка «Белорусский лён»',
    },
    'accepts a quoted, upper-case header charset': {
      body: () => fixture('encoding/cp1251-no-prolog.xml'), contentType: 'text/xml;charset="WINDOWS-1251"',
      source: 'header', charset: 'windows-1251', contains: 'Новости Брестчины',
    },
    'falls back to windows-1251 when nothing declares a charset': {
      body: () => fixture('encoding/cp1251-no-prolog.xml'), contentType: 'text/xml',
      source: 'fallback', charset: 'windows-1251', contains: 'Новости Брестчины',
    },
    'decodes koi8-r named in the XML prolog': {
      body: () => fixture('encoding/koi8r.xml'), contentType: null,
      source: 'prolog', charset: 'koi8-r', contains: 'КазБелАЗ получил новую партию самосвалов',
    },
    'decodes a windows-1251 feed with Belarusian letters named in its prolog': {
      body: () => fixture('http/regional/gp-cp1251.xml'), contentType: 'application/rss+xml',
      source: 'prolog', charset: 'windows-1251', contains: 'Гомельская праўда',
    },
    'finds an http-equiv <meta> charset after the first 1024 bytes': {
      body: () => fixture('encoding/meta-after-1024.html'), contentType: 'text/html',
      source: 'meta', charset: 'windows-1251', contains: 'Могилёвский лифтостроительный завод',
    },
    'reads <meta charset> as well as http-equiv': {
      body: () => iconv.encode('<html><head><meta charset="koi8-r"></head><body>Караганда</body></html>', 'koi8-r'),
      contentType: 'text/html', source: 'meta', charset: 'koi8-r', contains: '<body>Караганда</body>',
    },
    'strips a UTF-8 byte-order mark': {
      body: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>Минск</rss>')]), contentType: null,
      source: 'bom', charset: 'utf-8', contains: '<rss>Минск</rss>',
    },
    'decodes UTF-16LE with a byte-order mark': {
      body: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>Астана</rss>', 'utf16le')]), contentType: null,
      source: 'bom', charset: 'utf-16le', contains: '<rss>Астана</rss>',
    },
    'takes windows-1251 bytes labelled UTF-8 for what they are': {
      body: () => iconv.encode('<?xml version="1.0" encoding="utf-8"?><rss>Гомельская область</rss>', 'windows-1251'),
      contentType: 'text/xml; charset=utf-8', source: 'fallback', charset: 'windows-1251', contains: 'Гомельская область',
    },
    'keeps a declared UTF-8 body with one stray byte as UTF-8': {
      body: () => Buffer.concat([Buffer.from('<rss>Гомсельмаш поставил комбайны в Костанай'), Buffer.from([0xff]), Buffer.from('</rss>')]),
      contentType: 'text/xml; charset=UTF-8', source: 'header', charset: 'utf-8', contains: 'Гомсельмаш поставил комбайны в Костанай',
    },
    'keeps a UTF-8 body cut inside its last character as UTF-8': {
      body: () => Buffer.from('<rss>Минск</rss>Ж').subarray(0, -1), contentType: null,
      source: 'utf8-valid', charset: 'utf-8', contains: '<rss>Минск</rss>',
    },
    'reports plain ASCII as valid UTF-8 whatever the header says': {
      body: () => Buffer.from('<rss version="2.0"></rss>'), contentType: 'text/xml; charset=windows-1251',
      source: 'utf8-valid', charset: 'utf-8', contains: '<rss version="2.0"></rss>',
    },
    'skips an unknown header charset when the prolog names a known one': {
      body: () => iconv.encode('<?xml version="1.0" encoding="windows-1251"?><rss>Брест</rss>', 'windows-1251'),
      contentType: 'text/xml; charset=x-unknown-8', source: 'prolog', charset: 'windows-1251', contains: '<rss>Брест</rss>',
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const got = decodeBody(c.body(), c.contentType);
      if ('error' in got) throw new Error(`unexpected ${got.message}`);
      expect(got.source).toBe(c.source);
      expect(got.charset).toBe(c.charset);
      expect(got.text).toContain(c.contains);
      expect(got.text.charCodeAt(0)).not.toBe(0xfeff);
    });
  }

  it('reports bad_encoding naming a charset nobody can decode', () => {
    const got = decodeBody(iconv.encode('<rss>Гомель</rss>', 'windows-1251'), 'text/xml; charset=x-mac-klingon');
    expect(got).toEqual({ error: 'bad_encoding', message: expect.stringContaining('x-mac-klingon') });
  });
});
