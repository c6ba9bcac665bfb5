/**
 * (3) Two server processes on one PostgreSQL: the client's stream on process 1, its commands
 * (sends, gap fills) through process 2; events cross between them by LISTEN/NOTIFY. Both processes
 * are SIGKILLed and restarted in turn while the stream is cut. (PGlite is one process per data
 * directory by design, so this runs on PostgreSQL only.)
 */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runStress } from './stress.js';

describe('two server processes on one PostgreSQL', () => {
  afterAll(() => expect(contractViolations()).toEqual([]));

  it('(3) stream on process 1, sends through process 2: 500 messages exactly once, in order', async () => {
    const report = await runStress({ backend: 'postgres', messages: 500, conversations: 1, twoProcesses: true });
    console.log('(3) two processes:', JSON.stringify(report));
  }, 180_000);
});
