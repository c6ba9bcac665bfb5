/** Structured logs: one JSON object per line on stderr, so stdout carries only the ready line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<LogLevel, (msg: string, fields?: Record<string, unknown>) => void>;

/**
 * Whether logs can still go out. Once stderr fails (EPIPE: whoever read it is gone), logging stops: an
 * unhandled stream error would reach the uncaught-exception log, whose write fails again, and the
 * process would spin at full CPU and never finish a SIGTERM.
 */
let stderrOpen = true;
let stderrWatched = false;

function watchStderr(): void {
  if (stderrWatched) return;
  stderrWatched = true;
  process.stderr.on('error', () => (stderrOpen = false));
}

export function createLogger(quiet = false): Logger {
  watchStderr();
  const write = (level: LogLevel) => (msg: string, fields: Record<string, unknown> = {}) => {
    if ((quiet && level !== 'error') || !stderrOpen) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, pid: process.pid, ...fields })}\n`);
  };
  return { debug: () => undefined, info: write('info'), warn: write('warn'), error: write('error') };
}
