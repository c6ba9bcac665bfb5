import type { AgentSeed, CannedResponse } from '../agents/config.js';
import { parseAgents, parseCannedResponses } from '../agents/config.js';
import { parseRoutingOptions, type RoutingOptions } from './options.js';
import { isValidTimeZone, parseWallTime, WEEKDAYS, type HoursInterval, type Queue, type Weekday } from './business-hours.js';

/** The `routing` section of the server config file. */
export interface RoutingConfig {
  queues: Queue[];
  /** Queue for topics no queue lists (and for requests without a topic). */
  defaultQueue: string;
}

const ALWAYS_OPEN = Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])) as Record<Weekday, HoursInterval[]>;
const openQueue = (id: string, name: string, topics: string[]): Queue => ({ id, name, topics, timezone: 'UTC', hours: ALWAYS_OPEN, holidays: [] });

/**
 * Without a config file the server has three queues open every day 00:00-24:00 in UTC: "general" (the
 * default), "cards" and "loans" (the demo bot's topics), so tests and the demo work with no set-up.
 */
export const DEFAULT_ROUTING: RoutingConfig = {
  queues: [openQueue('general', 'General', []), openQueue('cards', 'Cards', ['cards']), openQueue('loans', 'Loans', ['loans'])],
  defaultQueue: 'general',
};

/** A config file that cannot be used; the message starts with the JSON path of the offending value. */
export class ConfigError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function nonEmptyString(v: unknown, path: string): string {
  if (typeof v !== 'string' || !v.trim()) throw new ConfigError(`${path}: must be a non-empty string`);
  return v;
}

function parseQueue(v: unknown, path: string): Queue {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  for (const key of Object.keys(v)) {
    if (!['id', 'name', 'topics', 'timezone', 'hours', 'holidays', 'maxWaitSeconds'].includes(key)) throw new ConfigError(`${path}.${key}: unknown field`);
  }
  const id = nonEmptyString(v.id, `${path}.id`);
  const name = v.name === undefined ? id : nonEmptyString(v.name, `${path}.name`);
  const topics = v.topics ?? [];
  if (!Array.isArray(topics)) throw new ConfigError(`${path}.topics: must be an array of strings`);
  topics.forEach((t, i) => nonEmptyString(t, `${path}.topics[${i}]`));
  const timezone = nonEmptyString(v.timezone, `${path}.timezone`);
  if (!isValidTimeZone(timezone)) throw new ConfigError(`${path}.timezone: "${timezone}" is not an IANA time zone`);
  if (!isObject(v.hours)) throw new ConfigError(`${path}.hours: must be an object with mon..sun`);
  const hoursIn = v.hours;
  for (const key of Object.keys(hoursIn)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) throw new ConfigError(`${path}.hours.${key}: unknown day (use mon, tue, wed, thu, fri, sat, sun)`);
  }
  const hours = {} as Record<Weekday, HoursInterval[]>;
  for (const day of WEEKDAYS) {
    const list = hoursIn[day] ?? [];
    const p = `${path}.hours.${day}`;
    if (!Array.isArray(list)) throw new ConfigError(`${p}: must be an array of ["HH:MM","HH:MM"] intervals`);
    hours[day] = list.map((iv, i) => {
      if (!Array.isArray(iv) || iv.length !== 2) throw new ConfigError(`${p}[${i}]: must be ["HH:MM","HH:MM"]`);
      const [start, end] = iv as unknown[];
      const s = typeof start === 'string' ? parseWallTime(start) : undefined;
      if (s === undefined || s === 1440) throw new ConfigError(`${p}[${i}][0]: must be a time from "00:00" to "23:59"`);
      const e = typeof end === 'string' ? parseWallTime(end) : undefined;
      if (e === undefined) throw new ConfigError(`${p}[${i}][1]: must be a time from "00:00" to "24:00"`);
      if (e === s) throw new ConfigError(`${p}[${i}]: opens and closes at the same time`);
      return [start as string, end as string];
    });
  }
  const holidays = v.holidays ?? [];
  if (!Array.isArray(holidays)) throw new ConfigError(`${path}.holidays: must be an array of dates (YYYY-MM-DD)`);
  holidays.forEach((h, i) => {
    if (typeof h !== 'string' || !validDate(h)) throw new ConfigError(`${path}.holidays[${i}]: must be a date (YYYY-MM-DD)`);
  });
  const maxWait = v.maxWaitSeconds;
  if (maxWait !== undefined && (typeof maxWait !== 'number' || !Number.isInteger(maxWait) || maxWait < 0)) {
    throw new ConfigError(`${path}.maxWaitSeconds: must be a non-negative integer`);
  }
  return { id, name, topics: topics as string[], timezone, hours, holidays: holidays as string[], ...(maxWait !== undefined ? { maxWaitSeconds: maxWait as number } : {}) };
}

/** Validates the `routing` section of a config file; throws ConfigError naming the JSON path. */
export function parseRoutingConfig(v: unknown, path = 'routing'): RoutingConfig {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  if (!Array.isArray(v.queues) || v.queues.length === 0) throw new ConfigError(`${path}.queues: must be a non-empty array`);
  const queues = v.queues.map((q, i) => parseQueue(q, `${path}.queues[${i}]`));
  const seen = new Map<string, number>();
  queues.forEach((q, i) => {
    if (seen.has(q.id)) throw new ConfigError(`${path}.queues[${i}].id: "${q.id}" is already used by ${path}.queues[${seen.get(q.id)}]`);
    seen.set(q.id, i);
  });
  const topicOwner = new Map<string, number>();
  queues.forEach((q, i) =>
    q.topics.forEach((t, j) => {
      const other = topicOwner.get(t);
      if (other !== undefined) throw new ConfigError(`${path}.queues[${i}].topics[${j}]: topic "${t}" is already routed to ${path}.queues[${other}]`);
      topicOwner.set(t, i);
    }),
  );
  const defaultQueue = v.defaultQueue === undefined ? queues[0]!.id : nonEmptyString(v.defaultQueue, `${path}.defaultQueue`);
  if (!seen.has(defaultQueue)) throw new ConfigError(`${path}.defaultQueue: "${defaultQueue}" is not the id of a queue`);
  return { queues, defaultQueue };
}

export interface ConfigFile { routing?: RoutingConfig; routingOptions?: RoutingOptions; agents?: AgentSeed[]; cannedResponses?: CannedResponse[] }

/** The parsed server config file: `routing` (queues and routing tunables), `agents`, `cannedResponses`. */
export function parseConfigFile(v: unknown): ConfigFile {
  if (!isObject(v)) throw new ConfigError('$: the config file must hold a JSON object');
  const out: ConfigFile = {};
  if (v.routing !== undefined) {
    out.routing = parseRoutingConfig(v.routing);
    out.routingOptions = parseRoutingOptions(v.routing as Record<string, unknown>);
  }
  if (v.agents !== undefined) {
    out.agents = parseAgents(v.agents);
    const known = new Set((out.routing ?? DEFAULT_ROUTING).queues.map((q) => q.id));
    out.agents.forEach((a, i) =>
      a.queues.forEach((q, j) => {
        if (!known.has(q)) throw new ConfigError(`agents[${i}].queues[${j}]: "${q}" is not the id of a queue (${[...known].join(', ')})`);
      }),
    );
  }
  if (v.cannedResponses !== undefined) out.cannedResponses = parseCannedResponses(v.cannedResponses);
  return out;
}

/** The queue serving a topic: the queue listing it, else the default queue. */
export function queueForTopic(routing: RoutingConfig, topic: string | undefined): Queue {
  const listed = topic === undefined ? undefined : routing.queues.find((q) => q.topics.includes(topic));
  return listed ?? routing.queues.find((q) => q.id === routing.defaultQueue)!;
}
