/**
 * Routes of the invented archives under test/fixtures/http/archive/ on the fixture server, in the
 * agencies' real URL shapes: BelTA `/all_news/page/N/?day=DD&month=MM&year=YY/` and Kazinform
 * `/ru/lenta/?page=N` (the static server ignores queries, so these map the query to a file).
 */
import { readFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { withBase } from '../../src/demo/static-files.ts';
import type { FixtureServer } from '../fixtures/server.ts';

const ROOT = fileURLToPath(new URL('../fixtures/http/archive/', import.meta.url));

export const BELTA_LIST = '/archive/belta/all_news/page';
export const KAZINFORM_LIST = '/archive/kazinform/ru/lenta/';

/** Hook called before a listing is answered; return true to hold the response (never answer). */
export type Hold = (path: string) => boolean;

export function routeArchives(server: FixtureServer, hold: Hold = () => false): void {
  const send = (req: IncomingMessage, res: ServerResponse, file: string) => {
    if (hold(req.url ?? '')) return;
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withBase(readFileSync(file), server.url));
  };
  for (let page = 1; page <= 6; page++) {
    server.route(`${BELTA_LIST}/${page}/`, (req, res) => {
      const q = new URL(req.url ?? '/', 'http://x').searchParams;
      // The real URL ends `&year=24/`: the trailing slash is part of the year parameter.
      const day = `20${(q.get('year') ?? '').replace(/\/$/, '')}-${q.get('month')}-${q.get('day')}`;
      send(req, res, `${ROOT}belta/all_news/${day}/page-${page}.html`);
    });
  }
  server.route(KAZINFORM_LIST, (req, res) => {
    const page = new URL(req.url ?? '/', 'http://x').searchParams.get('page');
    send(req, res, `${ROOT}kazinform/lenta/page-${page}.html`);
  });
}

export function beltaTemplate(base: string): string {
  return `${base}${BELTA_LIST}/{page}/?day={dd}&month={mm}&year={yy}/`;
}

export function kazinformTemplate(base: string): string {
  return `${base}${KAZINFORM_LIST}?page={page}`;
}
