// HTTP helpers for setting a run up (sessions, conversations) and for watching servers' event-loop lag.
import http from 'node:http';
import { nowMs, sleep, summarize } from './stats.mjs';

/** POST JSON with up to 3 attempts on network errors, 5xx and 429. */
export async function api(base, path, { token, body, headers = {} } = {}) {
  for (let attempt = 1; ; attempt++) {
    let res;
    let text = '';
    try {
      res = await fetch(new URL(path, base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      text = await res.text();
      if (res.ok) return JSON.parse(text);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
    if (attempt >= 3 || (res && res.status < 500 && res.status !== 429)) throw new Error(`POST ${path} -> ${res?.status}: ${text.slice(0, 300)}`);
    await sleep(250 * attempt);
  }
}

export async function pool(n, concurrency, fn) {
  const out = new Array(n);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  }));
  return out;
}


/** Response times of GET /healthz on each server every 50 ms: a proxy for event-loop lag. */
export function healthProbe(servers) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const rtts = new Map(servers.map((s) => [s.label, []]));
  let active = true;
  const get = (url) =>
    new Promise((resolve) => {
      const u = new URL('/healthz', url);
      const req = http.get({ host: u.hostname, port: u.port, path: u.pathname, agent, timeout: 5_000 }, (res) => {
        res.resume();
        res.on('end', () => resolve(true));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve(false));
    });
  const loop = (async () => {
    while (active) {
      for (const s of servers) {
        const t = nowMs();
        const ok = await get(s.url);
        rtts.get(s.label).push(ok ? nowMs() - t : 5_000);
      }
      await sleep(50);
    }
  })();
  return {
    async stop() {
      active = false;
      await loop;
      agent.destroy();
      return Object.fromEntries([...rtts].map(([k, v]) => [k, { over50ms: v.filter((x) => x > 50).length, ...summarize(v) }]));
    },
  };
}
