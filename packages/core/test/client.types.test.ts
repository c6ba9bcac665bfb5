/** Type tests (checked by `tsc -b`; at run time they only assert that the module loads without side effects). */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createFoyerClient,
  isFoyerError,
  type AbortedError,
  type FoyerError,
  type NetworkError,
  type TimeoutError,
  ProblemError,
  type ConnectionStatus,
  type EventOf,
  type FoyerClient,
  type FoyerEvent,
  type Message,
  type PendingMessage,
  type ProblemCode,
  type TranscriptSnapshot,
} from '../src/index.js';

describe('public types', () => {
  it('types the client from the contract', () => {
    const client = createFoyerClient({ baseUrl: 'http://127.0.0.1:1' });
    expectTypeOf(client).toEqualTypeOf<FoyerClient>();
    expectTypeOf(client.sendMessage).returns.toEqualTypeOf<Promise<PendingMessage>>();
    expectTypeOf(client.status).toEqualTypeOf<ConnectionStatus>();
    expectTypeOf<ConnectionStatus>().toEqualTypeOf<'connecting' | 'open' | 'reconnecting' | 'paused' | 'offline' | 'closed'>();
    expectTypeOf(client.conversation('c').getSnapshot()).toEqualTypeOf<TranscriptSnapshot>();
    expectTypeOf<TranscriptSnapshot['messages']>().toEqualTypeOf<readonly Message[]>();
    expectTypeOf(client.subscribe).parameter(0).parameter(0).toEqualTypeOf<FoyerEvent>();
  });

  it('narrows events by type', () => {
    const handle = (event: FoyerEvent) => {
      if (event.type === 'message.created') expectTypeOf(event.data.message).toEqualTypeOf<Message>();
      if (event.type === 'stream.reset') expectTypeOf(event.data.reason).toEqualTypeOf<'cursor_expired' | 'invalid_cursor'>();
    };
    expectTypeOf(handle).toBeFunction();
    expectTypeOf<EventOf<'conversation.ended'>['type']>().toEqualTypeOf<'conversation.ended'>();
  });

  it('narrows errors by class and kind', () => {
    const handle = (error: unknown) => {
      if (isFoyerError(error)) {
        if (error.kind === 'problem') expectTypeOf(error).toEqualTypeOf<ProblemError>();
        else expectTypeOf(error).toEqualTypeOf<NetworkError | TimeoutError | AbortedError>();
      }
      expectTypeOf<ProblemError>().toMatchTypeOf<FoyerError>();
      if (error instanceof ProblemError) {
        expectTypeOf(error.status).toBeNumber();
        expectTypeOf<ProblemCode>().toMatchTypeOf<typeof error.code>();
      }
    };
    expectTypeOf(handle).toBeFunction();
  });
});
