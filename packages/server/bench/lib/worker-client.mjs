// The parent side of the benchmark's worker processes (stream clients and the loader).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER_SCRIPT = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** A benchmark worker process (lib/worker.mjs) driven over IPC: `call(cmd, args)` resolves with its answer. */
export class Worker {
  constructor(name) {
    this.name = name;
    this.pending = new Map();
    this.seq = 0;
    this.child = fork(WORKER_SCRIPT, [name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    this.pid = this.child.pid;
    this.child.on('message', (m) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(`${this.name}: ${m.error}`));
    });
    this.child.on('exit', (code, signal) => {
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`${this.name} exited (${code ?? signal})`));
      }
      this.pending.clear();
    });
  }

  call(cmd, args, timeoutMs = 60_000) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${cmd} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.child.send({ id, cmd, args });
    });
  }

  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
  }
}
