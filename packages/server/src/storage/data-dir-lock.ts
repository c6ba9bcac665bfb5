import { hostname } from 'node:os';
import { join } from 'node:path';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * PGlite takes no lock on its directory, and two processes on one directory silently lose writes,
 * so the server holds its own: a file created exclusively, naming the owning process.
 * A lock left by a process that no longer runs (SIGKILL, crash) is stale and taken over.
 */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(
      `the data directory ${dataDir} is in use by another foyer-server (pid ${ownerPid}). ` +
        'PGlite allows one process per directory: stop that server, choose another --data directory, ' +
        'or use DATABASE_URL (PostgreSQL) to run several processes.',
    );
    this.name = 'DataDirInUseError';
  }
}

interface LockOwner { pid: number; host: string; startedAt: string }

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'foyer-server.lock');
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return async () => {
        const owner = await readOwner(path);
        if (owner?.pid === me.pid) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(path);
      if (owner && owner.host === me.host && owner.pid !== me.pid && isRunning(owner.pid)) {
        throw new DataDirInUseError(dataDir, owner.pid);
      }
      if (!owner && (await ageMs(path)) < 2000) {
        await sleep(100); // another process is writing its lock right now
        continue;
      }
      await rm(path, { force: true }); // stale, or half-written by a killed process
    }
  }
  throw new Error(`could not take the lock ${path}`);
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

async function ageMs(path: string): Promise<number> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch {
    return Infinity;
  }
}
