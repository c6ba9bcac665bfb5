import { ConfigError } from '../routing/queues.js';

/**
 * When a live chat's customer counts as gone: `warningAfterSeconds` of silence brings the
 * "are you still there?" warning, `timeoutSeconds` more without activity ends the chat (`idle_timeout`).
 */
export interface IdleConfig { warningAfterSeconds: number; timeoutSeconds: number }

/** A bank's default: ten quiet minutes with an agent, then two minutes to answer the warning. */
export const DEFAULT_IDLE: IdleConfig = { warningAfterSeconds: 600, timeoutSeconds: 120 };

const DAY = 24 * 3600;

function seconds(v: unknown, path: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > DAY) throw new ConfigError(`${path}: must be an integer number of seconds from 1 to ${DAY}`);
  return v;
}

/** The config file's `idle` section; throws ConfigError naming the JSON path. */
export function parseIdleConfig(v: unknown, path = 'idle'): IdleConfig {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ConfigError(`${path}: must be an object with warningAfterSeconds and timeoutSeconds`);
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== 'warningAfterSeconds' && key !== 'timeoutSeconds') throw new ConfigError(`${path}.${key}: unknown setting`);
  return { warningAfterSeconds: seconds(o.warningAfterSeconds, `${path}.warningAfterSeconds`, DEFAULT_IDLE.warningAfterSeconds), timeoutSeconds: seconds(o.timeoutSeconds, `${path}.timeoutSeconds`, DEFAULT_IDLE.timeoutSeconds) };
}

/** How often the sweep looks: a quarter of the shorter period, between 250 ms and 5 s. */
export const sweepIntervalMs = (idle: IdleConfig): number => Math.min(5_000, Math.max(250, (Math.min(idle.warningAfterSeconds, idle.timeoutSeconds) * 1000) / 4));
