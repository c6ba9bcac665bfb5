/** Structured logs: one JSON object per line on stderr, so stdout carries only the ready line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<LogLevel, (msg: string, fields?: Record<string, unknown>) => void>;

/** False once stderr failed; undefined until the first logger watches it. */
let stderrOpen: boolean | undefined;

/**
 * Whether logs can still go out. Once stderr fails (EPIPE: whoever read it is gone), logging stops: an
 * unhandled stream error would reach the uncaught-exception log, whose write fails again, and the
 * process would spin at full CPU and never finish a SIGTERM.
 */
function canLog(): boolean {
  if (stderrOpen === undefined) {
    stderrOpen = true;
    process.stderr.on('error', () => (stderrOpen = false));
  }
  return stderrOpen;
}

export function createLogger(quiet = false): Logger {
  canLog();
  const write = (level: LogLevel) => (msg: string, fields: Record<string, unknown> = {}) => {
    if ((quiet && level !== 'error') || !canLog()) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, pid: process.pid, ...fields })}\n`);
  };
  return { debug: () => undefined, info: write('info'), warn: write('warn'), error: write('error') };
}
