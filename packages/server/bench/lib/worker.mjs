// A client process of the benchmark, started by streams.mjs with child_process.fork. It either holds
// SSE streams (`open`, `count`, `collect`, `closeAll`) or offers a message load (`load`); both on raw
// node:http with keep-alive agents. Commands arrive as IPC messages { id, cmd, args } and are
// answered with { id, ok, result | error }. The process exits when its parent goes away.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { nowMs, sleep, summarize } from './stats.mjs';

const role = process.argv[2] ?? 'worker';

// ---------------------------------------------------------------- stream holder

const streamAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 16 });
const streams = new Set();
const counters = { unexpectedCloses: 0, streamErrors: 0, comments: 0, otherEvents: 0, foreignMessages: 0, checked: 0, malformed: 0, withoutId: 0 };
let shuttingDown = false;
/** phase -> { lat: latency ms per delivery, arr: arrival time ms per delivery } */
const phases = new Map();
// The load worker writes `bench|<phase>|<n>|<sent ms>|` at the start of the text.
const TAG = /"text":"bench\|([^|"]+)\|(\d+)\|([\d.]+)\|/;

function onEvent(block) {
  if (block.charCodeAt(0) === 58 /* ':' comment: stream open, ping */) {
    counters.comments++;
    return;
  }
  const at = nowMs();
  const di = block.indexOf('data: ');
  if (di < 0) {
    counters.malformed++;
    return;
  }
  const data = block.slice(di + 6);
  if (!data.includes('"type":"message.created"')) {
    counters.otherEvents++;
    return;
  }
  if (!block.startsWith('id: ')) counters.withoutId++;
  const m = TAG.exec(data);
  if (!m) {
    counters.foreignMessages++;
    return;
  }
  let rec = phases.get(m[1]);
  if (!rec) phases.set(m[1], (rec = { lat: [], arr: [] }));
  rec.lat.push(at - Number(m[3]));
  rec.arr.push(at);
  // Every 100th delivery is parsed in full, to check the envelope has the shape the brief describes.
  if (rec.lat.length % 100 === 1) {
    try {
      const env = JSON.parse(data);
      if (env.type !== 'message.created' || !env.data?.message?.parts?.[0]?.text?.startsWith('bench|')) counters.malformed++;
      else counters.checked++;
    } catch {
      counters.malformed++;
    }
  }
}

function openOne(spec, timeoutMs, errors) {
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok, why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!ok) errors[why] = (errors[why] ?? 0) + 1;
      resolve(ok);
    };
    const url = new URL('/v1/events', spec.url);
    const req = http.request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'GET', agent: streamAgent,
      headers: { authorization: `Bearer ${spec.token}`, accept: 'text/event-stream', 'cache-control': 'no-cache' },
    });
    const timer = setTimeout(() => {
      req.destroy(new Error('open timeout'));
      done(false, 'open timeout');
    }, timeoutMs);
    req.on('error', (e) => {
      if (!settled) done(false, e.code ?? e.message);
      else counters.streamErrors++;
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c.slice(0, 300)));
        res.on('end', () => done(false, `HTTP ${res.statusCode} ${/"code":"([^"]+)"/.exec(body)?.[1] ?? ''}`.trim()));
        res.on('error', () => done(false, `HTTP ${res.statusCode}`));
        return;
      }
      const st = { req, res, server: spec.server, closedByUs: false };
      streams.add(st);
      res.setEncoding('utf8');
      let buf = '';
      res.on('data', (chunk) => {
        buf += chunk;
        let idx;
        while ((idx = buf.indexOf('\n\n')) !== -1) {
          const block = buf.slice(0, idx);
          buf = buf.slice(idx + 2);
          onEvent(block);
        }
      });
      res.on('error', () => counters.streamErrors++);
      res.on('close', () => {
        streams.delete(st);
        if (!st.closedByUs && !shuttingDown) counters.unexpectedCloses++;
      });
      done(true);
    });
    req.end();
  });
}

async function open({ specs, concurrency = 100, timeoutMs = 60_000 }) {
  const t0 = nowMs();
  const errors = {};
  let next = 0;
  let ok = 0;
  let failed = 0;
  const lane = async () => {
    while (next < specs.length) {
      const spec = specs[next++];
      if (await openOne(spec, timeoutMs, errors)) ok++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, lane));
  return { ok, failed, errors, ms: nowMs() - t0, open: streams.size };
}

function openCount() {
  const perServer = {};
  for (const s of streams) perServer[s.server] = (perServer[s.server] ?? 0) + 1;
  return perServer;
}

function count({ phase }) {
  return { deliveries: phases.get(phase)?.lat.length ?? 0, open: streams.size };
}

function collect({ phase, windowStart, windowEnd }) {
  const rec = phases.get(phase) ?? { lat: [], arr: [] };
  phases.delete(phase);
  let inWindow = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const a of rec.arr) {
    if (a >= windowStart && a <= windowEnd) inWindow++;
    if (a < first) first = a;
    if (a > last) last = a;
  }
  return { deliveries: rec.lat.length, inWindow, first, last, lat: rec.lat.map((x) => Math.round(x * 1000) / 1000), open: openCount(), counters: { ...counters } };
}

async function closeAll({ server } = {}) {
  let closed = 0;
  for (const st of [...streams]) {
    if (server && st.server !== server) continue;
    st.closedByUs = true;
    st.res.destroy();
    st.req.destroy();
    closed++;
  }
  for (let i = 0; i < 100 && [...streams].some((s) => !server || s.server === server); i++) await sleep(20);
  return { closed, open: streams.size };
}

// ---------------------------------------------------------------- load generator

/**
 * Offers `rate` messages/s for `durationMs` on a fixed schedule (open loop): message i is due at
 * t0 + i/rate whatever happened to earlier ones. Round-robin over `targets` (token + conversation).
 */
async function load({ phase, url, targets, rate, durationMs, padChars = 600, maxInFlight = 200, requestTimeoutMs = 30_000 }) {
  // One socket per request in flight: nothing waits in the agent, so a message is either on the wire
  // or, when the cap is reached (the server has fallen behind), not sent and counted as skipped.
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight, maxFreeSockets: maxInFlight });
  const base = new URL(url);
  const total = Math.round((rate * durationMs) / 1000);
  const pad = 'x'.repeat(padChars);
  const statuses = {};
  const problems = {};
  const netErrors = {};
  const postLat = [];
  const lag = [];
  let inFlight = 0;
  let okInWindow = 0;
  let skipped = 0;
  let sent = 0;
  const t0 = nowMs();
  const windowEnd = t0 + durationMs;

  const fire = (i) => {
    const target = targets[i % targets.length];
    const sentAt = nowMs();
    const body = JSON.stringify({ clientMessageId: randomUUID(), parts: [{ type: 'text', text: `bench|${phase}|${i}|${sentAt.toFixed(3)}|${pad}` }] });
    inFlight++;
    sent++;
    let finished = false;
    const finish = (status, problem) => {
      if (finished) return;
      finished = true;
      inFlight--;
      const end = nowMs();
      if (typeof status === 'number') {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) {
          postLat.push(end - sentAt);
          if (end <= windowEnd) okInWindow++;
        } else if (problem) problems[problem] = (problems[problem] ?? 0) + 1;
      } else netErrors[status] = (netErrors[status] ?? 0) + 1;
    };
    const req = http.request({
      host: base.hostname, port: base.port, method: 'POST', agent,
      path: `/v1/conversations/${target.conversationId}/messages`,
      headers: {
        authorization: `Bearer ${target.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
        'idempotency-key': randomUUID(), accept: 'application/json',
      },
    });
    req.setTimeout(requestTimeoutMs, () => req.destroy(new Error('request timeout')));
    req.on('error', (e) => finish(e.code ?? e.message));
    req.on('response', (res) => {
      let text = '';
      if (res.statusCode !== 201) res.on('data', (c) => (text += String(c).slice(0, 300)));
      else res.resume();
      res.on('end', () => finish(res.statusCode, /"code":"([^"]+)"/.exec(text)?.[1] ?? 'no problem code'));
      res.on('error', (e) => finish(e.code ?? 'response error'));
    });
    req.end(body);
  };

  let i = 0;
  const hardStop = t0 + durationMs + 5_000;
  while (i < total && nowMs() < hardStop) {
    const elapsed = nowMs() - t0;
    const due = Math.min(total, Math.floor((elapsed * rate) / 1000) + 1);
    while (i < due) {
      lag.push(nowMs() - (t0 + (i * 1000) / rate));
      if (inFlight >= maxInFlight) skipped++;
      else fire(i);
      i++;
    }
    await sleep(1);
  }
  skipped += total - i;
  const scheduleEnd = nowMs();
  const deadline = nowMs() + requestTimeoutMs + 2_000;
  while (inFlight > 0 && nowMs() < deadline) await sleep(5);
  const drainedAt = nowMs();
  agent.destroy();
  const ok = statuses[201] ?? 0;
  return {
    phase, offered: total, sent, ok, okInWindow, skipped, unfinished: inFlight, statuses, problems, netErrors,
    t0, windowEnd, scheduleEndMs: scheduleEnd - t0, drainMs: drainedAt - scheduleEnd,
    post: summarize(postLat), scheduleLag: summarize(lag),
  };
}

/** Closed loop GET on a trivial server: what this machine's loopback HTTP costs, for context. */
async function calibrate({ url, concurrency = 10, durationMs = 2_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const u = new URL(url);
  let done = 0;
  const t0 = nowMs();
  const lane = async () => {
    while (nowMs() - t0 < durationMs) {
      await new Promise((resolve, reject) => {
        const req = http.get({ host: u.hostname, port: u.port, path: '/', agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
      });
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return { requests: done, perSec: done / ((nowMs() - t0) / 1000) };
}

// ---------------------------------------------------------------- IPC

const handlers = { open, count, collect, closeAll, load, calibrate, ping: () => ({ role, pid: process.pid }) };

process.on('message', async (m) => {
  try {
    const result = await handlers[m.cmd](m.args ?? {});
    process.send({ id: m.id, ok: true, result });
  } catch (error) {
    process.send({ id: m.id, ok: false, error: String(error?.stack ?? error) });
  }
});
const quit = () => {
  shuttingDown = true;
  for (const st of streams) st.req.destroy();
  process.exit(0);
};
process.on('disconnect', quit);
process.on('SIGTERM', quit);
process.on('SIGINT', () => undefined); // the parent decides; Ctrl-C reaches the whole group
