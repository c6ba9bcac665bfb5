/** Structured logs: one JSON object per line on stderr, so stdout carries only the ready line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<LogLevel, (msg: string, fields?: Record<string, unknown>) => void>;

export function createLogger(quiet = false): Logger {
  const write = (level: LogLevel) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (quiet && level !== 'error') return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, pid: process.pid, ...fields })}\n`);
  };
  return { debug: () => undefined, info: write('info'), warn: write('warn'), error: write('error') };
}
