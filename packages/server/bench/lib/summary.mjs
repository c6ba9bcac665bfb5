// The printed report: tables of held streams and load phases, and the comparison with published anchors.
// \`run\` is { cfg, quick, cpus, streamRows, loadRows, notes } from bench/streams.mjs.
import { fmt, table } from './report.mjs';

export function comparison(run, pgInfo) {
  const { cfg: CFG, quick: QUICK, streamRows, loadRows } = run;
  const rows = [];
  const pgliteTop = streamRows.filter((r) => r.storage === 'PGlite').at(-1);
  const pgRows = streamRows.filter((r) => r.storage === 'PostgreSQL');
  const byName = (n) => loadRows.find((r) => r.name === n);
  const top = CFG.rates[CFG.rates.length - 1];
  if (pgliteTop) {
    rows.push({ what: `RSS per held stream (PGlite, ${fmt.int(pgliteTop.streams)})`, measured: `${pgliteTop.perStreamKiB.toFixed(1)} KiB`, goal: '<= 50 KB/stream incl. session state (goal 1)', anchors: 'Centrifugo ~30 KB/conn; autopush Rust 10 KB; Rust SSE ~5 KB; Express 2014 ~46 KB' });
  }
  for (const r of pgRows) rows.push({ what: `RSS per held stream (${r.server}, ${fmt.int(r.streams)})`, measured: `${r.perStreamKiB.toFixed(1)} KiB`, goal: '<= 50 KB/stream (goal 1)', anchors: '' });
  if (pgInfo?.twoProcRss) {
    const t = pgInfo.twoProcRss;
    rows.push({ what: `RSS for ${fmt.int(t.streams)} streams (2 procs)`, measured: `${fmt.mib(t.total)} MiB`, goal: '20k streams/node in <= 1 GiB (goal 1)', anchors: 'Mercure 40k on 2 vCPU/1 GiB' });
  }
  const opens = streamRows.filter((r) => r.openedThisStep >= 1000 || QUICK).map((r) => r.opensPerSec);
  if (opens.length) rows.push({ what: 'stream opens/s (no replay)', measured: `${fmt.int(Math.min(...opens))}-${fmt.int(Math.max(...opens))}/s`, goal: '>= 350 connects/s (goal 5: 20k in 60 s)', anchors: 'Centrifugo ~170 connects/s per pod' });
  const deliv = loadRows.filter((r) => r.offeredPerSec === top || r.name.includes('fan-out'));
  for (const r of deliv) {
    rows.push({ what: `deliveries/s, ${r.name}`, measured: `${fmt.int(r.deliveriesPerSec)}/s, p99 ${r.latencyMs.p99} ms`, goal: '>= 10,000/s per node, p99 <= 100 ms (goal 2)', anchors: 'Socket.IO 30k/s broadcast; Centrifugo ~25k/s/pod p99 200 ms' });
  }
  const lite = byName(`PGlite 1 proc @${top}`);
  if (lite) rows.push({ what: 'PGlite persisted msg/s', measured: `${fmt.dec(lite.achievedPerSec)} of ${top} offered, p99 ${lite.latencyMs.p99} ms`, goal: '>= 300 msg/s (goal 3, hypothesis)', anchors: 'PGlite insert ~0.06 ms in memory' });
  const pg1 = byName(`PG 1 proc @${top}`);
  const pg2 = byName(`PG 2 proc @${top}`);
  if (pg1) rows.push({ what: 'PostgreSQL msg/s, POST->other stream (1 proc)', measured: `${fmt.dec(pg1.achievedPerSec)} of ${top}, p99 ${pg1.latencyMs.p99} ms`, goal: '>= 1,000 msg/s, p99 <= 150 ms (goal 3)', anchors: 'Centrifugo PG outbox 16k/s, ~1.3 ms' });
  if (pg2) rows.push({ what: 'PostgreSQL msg/s, across processes', measured: `${fmt.dec(pg2.achievedPerSec)} of ${top}, p99 ${pg2.latencyMs.p99} ms`, goal: '>= 1,000 msg/s, p99 <= 250 ms (goal 3)', anchors: '' });
  for (const rate of CFG.rates) {
    const one = byName(`PG 1 proc @${rate}`);
    const two = byName(`PG 2 proc @${rate}`);
    if (one && two) rows.push({ what: `cross-process p99 added @${rate}`, measured: `${fmt.dec(two.latencyMs.p99 - one.latencyMs.p99, 2)} ms (p50 ${fmt.dec(two.latencyMs.p50 - one.latencyMs.p50, 2)} ms)`, goal: '<= 10 ms p99 (goal 4)', anchors: 'Soketi: +100 ms p95 with redis adapter' });
  }
  return rows;
}

export function printSummary(run, meta, cmp) {
  const { cfg: CFG, quick: QUICK, cpus: CPUS, streamRows, loadRows, notes } = run;
  const s = table(
    `Held SSE streams (RSS from /proc/<pid>/status VmRSS, 2 s after the last open; per stream = (after - before) / streams; idle: ${QUICK ? 1 : 16} s with no load, which spans one 15 s SSE ping)`,
    [
      { key: 'storage', label: 'storage', left: true }, { key: 'server', label: 'proc', left: true }, { key: 'streams', label: 'streams' }, { key: 'sessions', label: 'sessions' },
      { key: 'failed', label: 'failed' }, { key: 'openedThisStep', label: 'opened' }, { key: 'openS', label: 'open s' }, { key: 'opensPerSec', label: 'opens/s' },
      { key: 'before', label: 'RSS before MiB' }, { key: 'after', label: 'RSS after MiB' }, { key: 'perStream', label: 'KiB/stream' },
      { key: 'idleCpu', label: 'idle CPU %' }, { key: 'idleHz', label: 'idle healthz p50/max ms' },
    ],
    streamRows.map((r) => ({ ...r, idleCpu: r.idleCpuPct, idleHz: r.idleHealthzMs ? `${r.idleHealthzMs.p50}/${r.idleHealthzMs.max}` : undefined, streams: fmt.int(r.streams), sessions: fmt.int(r.sessions), openedThisStep: fmt.int(r.openedThisStep), openS: fmt.dec(r.openSeconds), opensPerSec: fmt.int(r.opensPerSec), before: fmt.mib(r.rssBeforeKiB), after: fmt.mib(r.rssAfterKiB), perStream: fmt.dec(r.perStreamKiB) })),
  );
  const l = table(
    `Load phases (open loop, ${CFG.durationMs / 1000} s each, round-robin over ${CFG.loadConversations} conversations of ${CFG.loadConversations} sessions, each message delivered to the ${CFG.streamsPerSession} streams of its session (fan-out probe: ${CFG.fanoutProbe.streams} streams of 1 session); at most ${CFG.maxInFlight} POSTs in flight, due messages beyond that are skipped; achieved/s and deliveries/s count completions inside the window; latency = POST sent -> event parsed on a stream in another client process; CPU in % of one core (box: % of all ${CPUS} cores); CPU ms/msg = (server processes + postgres) CPU time / 201s; PG backends = average client backends running a statement / inside a transaction waiting for the Node process / idle, sampled every 200 ms)`,
    [
      { key: 'name', label: 'phase', left: true }, { key: 'offeredPerSec', label: 'offered/s' }, { key: 'ach', label: 'achieved/s' }, { key: 'ok', label: '201s' }, { key: 'skipped', label: 'skipped' }, { key: 'rateLimited', label: '429s' }, { key: 'errors', label: 'errors' },
      { key: 'dps', label: 'deliveries/s' }, { key: 'deliv', label: 'delivered/expected' }, { key: 'p50', label: 'lat p50 ms' }, { key: 'p99', label: 'lat p99 ms' }, { key: 'max', label: 'lat max ms' },
      { key: 'post', label: 'POST p50/p99 ms' }, { key: 'cpuMsPerMessage', label: 'CPU ms/msg' }, { key: 'cpu', label: 'CPU % of a core', left: true }, { key: 'hz', label: 'healthz p99 ms', left: true },
      { key: 'pgb', label: 'PG backends act/in-tx/idle', left: true },
    ],
    loadRows.map((r) => ({
      ...r, ach: fmt.dec(r.achievedPerSec), dps: fmt.int(r.deliveriesPerSec), deliv: `${r.deliveries}/${r.expectedDeliveries}`,
      p50: r.latencyMs.p50, p99: r.latencyMs.p99, max: r.latencyMs.max, post: `${r.postMs.p50}/${r.postMs.p99}`,
      cpu: [...Object.entries(r.cpuPct).filter(([k]) => k.startsWith('pg') || k === 'pglite').map(([k, v]) => `${k} ${v}`), r.cpuPct.postgres !== undefined ? `postgres ${r.cpuPct.postgres}` : undefined, `clients ${r.cpuPct.clients}`, `loader ${r.cpuPct.loader}`, `others ${r.cpuPct.others}`, `box ${r.cpuPct.machineBusyPct}`].filter(Boolean).join(', '),
      hz: Object.entries(r.healthzMs).map(([k, v]) => `${k} ${v.p99}`).join(', '),
      pgb: r.pgBackends ? `${r.pgBackends.active}/${r.pgBackends.idleInTransaction}/${r.pgBackends.idle}` : undefined,
    })),
  );
  const during = loadRows.map((r) => `  ${r.name}: ${r.openDuring}${r.repeated ? ` (repeated because of other processes' CPU ${r.repeated.othersPct.join(' % / ')} %; kept the ${r.repeated.kept})` : ''}`).join('\n');
  const c = table('Against the published anchors (server-anchors.md; goals are for a 2-core node; figures above are from this machine)', [
    { key: 'what', label: 'figure', left: true }, { key: 'measured', label: 'measured', left: true }, { key: 'goal', label: 'suggested goal', left: true }, { key: 'anchors', label: 'published anchors', left: true },
  ], cmp);
  const header = `Foyer server benchmark (${QUICK ? 'QUICK' : 'full'}) ${meta.date}: ${meta.machine.cpus} x ${meta.machine.cpuModel}, ${meta.machine.memGiB} GiB, Node ${meta.node}${meta.postgres ? `, PostgreSQL ${meta.postgres}` : ''}, PGlite ${meta.pglite}.\nServers, PostgreSQL, ${CFG.streamWorkers} stream-client processes and 1 load process all share these CPUs (loopback).
Calibration: a plain node:http server here answers ${fmt.int(meta.calibration.helloReqPerSec)} req/s over loopback (10 keep-alive connections from another process); other processes used ${meta.calibration.othersIdlePct} % of one core before the run.`;
  return [header, '', s, '', l, '', 'Open during each load phase:', during, '', ...notes, notes.length ? '' : undefined, c].filter((x) => x !== undefined).join('\n');
}
