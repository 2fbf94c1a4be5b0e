/**
 * A bounded load generator on node:http, no dependency: `connections` loops, each on its own kept-alive socket,
 * send requests back to back until a deadline, and every request has a timeout, so a run always ends by itself.
 * It refuses any address but loopback: load is only ever sent to the app this bench started.
 */
import http from 'node:http';
import { percentile } from './stats';

export type LoadRequest = { route: string; method: 'GET' | 'POST'; path: string; body?: Buffer; headers?: Record<string, string> };
export type Sample = { route: string; ms: number; status: number; error: string | null };
export type RouteFigures = { requests: number; perSec: number; p50: number; p99: number; max: number; errors: number };

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function loopbackUrl(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) throw new Error(`The load bench only sends traffic to loopback; ${baseUrl} is not http://127.0.0.1.`);
  return url;
}

/** One kept-alive socket; `send` resolves with a sample, never rejects (an error is a sample too). */
export function connection(baseUrl: string, timeoutMs: number) {
  const url = loopbackUrl(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = ({ route, method, path, body, headers = {} }: LoadRequest) =>
    new Promise<Sample>((resolve) => {
      const started = performance.now();
      const done = (status: number, error: string | null) => resolve({ route, ms: performance.now() - started, status, error });
      const lengths = body ? { 'content-length': String(body.length) } : {};
      const req = http.request({ host: url.hostname, port: url.port, path, method, agent, headers: { ...headers, ...lengths }, timeout: timeoutMs }, (res) => {
        const status = res.statusCode ?? 0;
        let head = '';
        res.on('data', (chunk: Buffer) => {
          if (status >= 400 && head.length < 200) head += chunk.toString('utf8');
        });
        res.on('end', () => done(status, status >= 200 && status < 300 ? null : `${method} ${route} answered ${status}: ${head.slice(0, 200)}`));
        res.on('error', (error) => done(status, `${method} ${route}: ${error.message}`));
      });
      req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      req.on('error', (error) => done(0, `${method} ${route}: ${error.message}`));
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

/** Runs `connections` loops until `until` (a performance.now() time); `next(i)` is the i-th request of a loop. */
export async function runLoops(
  baseUrl: string,
  { connections, until, timeoutMs, next }: { connections: number; until: number; timeoutMs: number; next: (loop: number, i: number) => LoadRequest },
): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: connections }, async (_, loop) => {
      const c = connection(baseUrl, timeoutMs);
      try {
        for (let i = 0; performance.now() < until; i++) samples.push(await c.send(next(loop, i)));
      } finally {
        c.close();
      }
    }),
  );
  return samples;
}

/** Requests per second, p50 / p99 / max latency (ms) and errors of one route's samples over `seconds`. */
export function figures(samples: Sample[], seconds: number): RouteFigures {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: samples.length,
    perSec: round(samples.length / seconds),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    errors: samples.filter((s) => s.error !== null).length,
  };
}
