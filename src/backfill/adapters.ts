/** Archive adapters by name (`adapter:` in sources.yaml): data → parser. */
import type { ArchiveSource } from '../config/load.ts';
import { parseBeltaAllNews } from './belta-all-news.ts';
import { parseKazinformLenta } from './kazinform-lenta.ts';
import type { ListingContext, ListingPage } from './listing.ts';
import { parseSitemap } from './sitemap.ts';

export const ADAPTERS: Readonly<Record<ArchiveSource['adapter'], (text: string, ctx: ListingContext) => ListingPage>> = Object.freeze({
  'belta-all-news': parseBeltaAllNews,
  'kazinform-lenta': parseKazinformLenta,
  sitemap: parseSitemap,
});
