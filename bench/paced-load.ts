// An open-loop load at a fixed rate, for "p99 at N requests/s". autocannon's `overallRate` is
// not that: each connection sends its per-second quota back to back at the start of every
// second and then waits, so "500 req/s" arrives as a burst of 500 requests once a second (and its
// coordinated-omission correction then adds made-up samples). Here request i is due at
// start + i / rate whatever happened before it; its latency runs from that due time to the end of
// the response, so time spent waiting for a free connection counts (no coordinated omission).
import { Agent, request } from 'node:http';

export type PacedLoadOptions = {
  readonly url: string;
  readonly rate: number;
  readonly seconds: number;
  /** Keep-alive connections the load may use at once (a browser fleet, not one socket per request). */
  readonly connections: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: (n: number) => string;
};

export type PacedLoadResult = { readonly sent: number; readonly ok: number; readonly failed: number; readonly latenciesMs: readonly number[] };

export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;

  const send = (n: number, due: number) =>
    new Promise<void>((resolve) => {
      const body = options.body(n);
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { ...options.headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode !== undefined && res.statusCode < 300) ok += 1;
            else failed += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failed += 1;
        resolve();
      });
      req.end(body);
    });

  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      // Everything due by now goes out, each stamped with its own due time.
      while (sent < total && start + (sent * 1000) / options.rate <= now) {
        inFlight.push(send(sent, start + (sent * 1000) / options.rate));
        sent += 1;
      }
      if (sent < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent, ok, failed, latenciesMs: latencies };
}

export const percentileMs = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
