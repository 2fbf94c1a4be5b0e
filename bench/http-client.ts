/**
 * A lean HTTP client for the read-path bench: node:http with one kept-alive connection, the way the raw driver
 * keeps one Bolt connection. (fetch adds about a millisecond of its own per request here, which is the client's
 * cost, not the route's.) Responses are not compressed: the bench talks to the app on loopback.
 */
import http from 'node:http';

export function httpClient(baseUrl: string) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const headers = payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {};
      const req = http.request({ host: url.hostname, port: url.port, path, method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 0) >= 400) reject(new Error(`${method} ${path} answered ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(JSON.parse(text));
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  return {
    get: (path: string) => request('GET', path),
    post: (path: string, body: unknown) => request('POST', path, body),
    close: () => agent.destroy(),
  };
}
