/** Percentiles (nearest rank) of an array of numbers; the array is sorted in place. */
export function summarize(values) {
  if (!values.length) return { n: 0 };
  values.sort((a, b) => a - b);
  const at = (p) => values[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))];
  const r = (x) => Math.round(x * 100) / 100;
  return { n: values.length, p50: r(at(50)), p90: r(at(90)), p99: r(at(99)), max: r(values[values.length - 1]) };
}

/** Milliseconds on the system-wide monotonic clock (CLOCK_MONOTONIC), comparable across processes. */
export function nowMs() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
