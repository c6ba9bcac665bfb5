// Process and machine figures read from /proc (Linux): RSS, CPU time, machine CPU busy share.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

let clkTck = 100;
try {
  clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* 100 on every Linux we run on */
}

/** Resident set size in KiB, or undefined if the process is gone. */
export function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds used so far by one process. */
export function cpuSeconds(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / clkTck; // fields 14 and 15 of proc(5)
  } catch {
    return undefined;
  }
}

/**
 * Pids of one PostgreSQL cluster: the postmaster listening on `port` (its command line holds `-p <port>`)
 * and its children (backends, walwriter, ...). Other clusters on the machine are left out.
 */
export function postgresPids(port) {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() !== 'postgres') continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      all.push({ pid: Number(name), ppid, cmd });
    } catch {
      /* exited meanwhile */
    }
  }
  const master = all.find((p) => p.cmd.some((a, i) => (a === '-p' && p.cmd[i + 1] === String(port)) || a === `-p${port}` || a.includes(`-p ${port}`)));
  if (!master) return [];
  return [master.pid, ...all.filter((p) => p.ppid === master.pid).map((p) => p.pid)];
}

function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = f[3] + (f[4] ?? 0);
  return { total, idle };
}

/**
 * CPU use over an interval: per named process (100 % = one core) and for the machine (100 % = all
 * cores busy). `groups` maps a label to a function returning the pids to sum (evaluated at both ends).
 */
export function cpuSampler(groups) {
  const snap = () => {
    const out = { t: performance.now(), machine: machineTicks(), groups: {} };
    for (const [label, pids] of Object.entries(groups)) {
      const per = {};
      for (const pid of pids()) per[pid] = cpuSeconds(pid) ?? 0;
      out.groups[label] = per;
    }
    return out;
  };
  const start = snap();
  return {
    stop() {
      const end = snap();
      const wall = (end.t - start.t) / 1000;
      const result = {};
      for (const label of Object.keys(groups)) {
        let used = 0;
        for (const [pid, sec] of Object.entries(end.groups[label])) used += sec - (start.groups[label][pid] ?? 0);
        result[label] = Math.round((used / wall) * 100);
      }
      const dt = end.machine.total - start.machine.total;
      result.machineBusyPct = dt > 0 ? Math.round(((dt - (end.machine.idle - start.machine.idle)) / dt) * 100) : undefined;
      result.seconds = Math.round(wall * 10) / 10;
      return result;
    },
  };
}

export function machineInfo() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? 'unknown';
  const cpus = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKiB = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  return { cpuModel: model, cpus, memGiB: Math.round(memKiB / 1024 / 1024), kernel: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim() };
}
