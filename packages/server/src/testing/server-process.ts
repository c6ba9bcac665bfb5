import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  pid: number;
  dataDir?: string;
  output(): string;
  /** SIGKILL: no drain, no lock release; what a crash looks like. */
  kill(): Promise<void>;
  /** SIGTERM: graceful shutdown; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface SpawnOptions {
  dataDir?: string;
  databaseUrl?: string;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  port?: number;
  /** A config file's content (routing, bot, attachments, invitations), written to a temporary file for --config. */
  config?: unknown;
}

function writeConfigFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'foyer-config-')), 'config.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

// From the built package this is dist/cli.js beside us; from source (the server's own tests) the built one.
export const cliPath = fileURLToPath(new URL(import.meta.url.includes('/src/testing/') ? '../../dist/cli.js' : '../cli.js', import.meta.url));

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)));
}

/** Starts the built foyer-server as its own process on a loopback port and waits for its ready line. */
export async function spawnServer(options: SpawnOptions = {}): Promise<ServerProcess> {
  const dataDir = options.databaseUrl ? undefined : (options.dataDir ?? mkdtempSync(join(tmpdir(), 'foyer-data-')));
  const config = options.config === undefined ? [] : ['--config', writeConfigFile(options.config)];
  const args = [cliPath, '--host', '127.0.0.1', '--port', String(options.port ?? 0), '--quiet', ...(dataDir ? ['--data', dataDir] : []), ...config, ...(options.args ?? [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // Not ready: it goes, so no caller (a timed-out hook included) leaves it running.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`foyer-server not ready in 60 s:\n${out}`));
    }, 60_000);
    const check = () => {
      const m = /foyer-server listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`foyer-server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    ...(dataDir ? { dataDir } : {}),
    output: () => out,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited(child);
    },
  };
}

/** Runs the CLI and collects its output until it exits (for refusals and --help). */
export async function runServerToExit(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const code = await exited(child);
  return { code, output };
}
