/** (2) Resume stress: 500 messages through the outbox while the stream is cut and the server crashes. */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './harness.js';
import { runStress } from './stress.js';

// Both backends at once: most of a run is waiting (restarts, retry backoff), not CPU.
describe.concurrent('resume stress', () => {
  afterAll(() => expect(contractViolations()).toEqual([]));

  it.each(BACKENDS)('(2) on %s: 500 messages, stream cuts, SIGKILL restarts and a graceful one: each message exactly once, in order', async (backend) => {
    const report = await runStress({ backend, messages: 500, conversations: 1, graceful: true });
    console.log(`(2) resume stress on ${backend}:`, JSON.stringify(report));
  }, 180_000);
});
