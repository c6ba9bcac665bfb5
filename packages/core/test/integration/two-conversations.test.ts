/** (4) Two conversations on one stream: replays after reconnects and crashes skip none of either. */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './harness.js';
import { runStress } from './stress.js';

describe.concurrent('two conversations on one stream', () => {
  afterAll(() => expect(contractViolations()).toEqual([]));

  it.each(BACKENDS)('(4) on %s: 500 messages over two conversations, stream cuts and SIGKILL restarts', async (backend) => {
    const report = await runStress({ backend, messages: 500, conversations: 2 });
    console.log(`(4) two conversations on ${backend}:`, JSON.stringify(report));
  }, 180_000);
});
