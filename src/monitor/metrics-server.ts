/**
 * The daemon's local HTTP endpoint: `/healthz` (200 when the daemon runs and its database
 * answers, else 503; JSON) and `/metrics` (Prometheus text). Listens on 127.0.0.1 by default.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toError } from '../errors.ts';

export interface MetricsEndpoint {
  /** Resolves to the health verdict; must not throw. */
  health(): Promise<{ ok: boolean; [k: string]: unknown }>;
  /** Prometheus text. */
  metrics(): Promise<string>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(endpoint: MetricsEndpoint, host: string, port: number): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const reply = (status: number, type: string, body: string) => res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, 'text/plain', 'GET only\n');
      if (path === '/healthz') {
        const h = await endpoint.health();
        return reply(h.ok ? 200 : 503, 'application/json', JSON.stringify(h) + '\n');
      }
      if (path === '/metrics') return reply(200, 'text/plain; version=0.0.4; charset=utf-8', await endpoint.metrics());
      return reply(404, 'text/plain', 'covgap: /healthz and /metrics only\n');
    })().catch((err) => {
      if (!res.headersSent) reply(500, 'text/plain', `covgap: ${toError(err).message}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (err) => fail(new Error(`metrics: cannot listen on ${host}:${port}: ${toError(err).message} (set COVGAP_METRICS_PORT, 0 = off)`, { cause: err })));
    server.listen(port, host, () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}
