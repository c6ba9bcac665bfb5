/**
 * The desk's SSE stream (`GET /v1/agent/events`) over fetch, so it can carry the bearer token.
 * Frames are parsed by core's SseParser; a dropped stream reconnects with backoff and resumes with
 * `Last-Event-ID`. Desk events are ephemeral, so every (re)connect reports `onOpen` and the owner
 * re-reads offers, queues and presence.
 */
import { SseParser, backoffDelay } from '@foyer/core';
import type { DeskEvent } from './types.js';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface DeskStreamOptions {
  url: string;
  token(): string | undefined;
  /** A new token after a 401; undefined ends the stream (signed out). */
  renew(rejected: string | undefined): Promise<string | undefined>;
  onEvent(event: DeskEvent): void;
  onOpen(reconnected: boolean): void;
  onStatus(status: StreamStatus): void;
  fetch?: typeof fetch;
}

export class DeskStream {
  private controller: AbortController | undefined;
  private lastEventId = '';
  private running = false;
  private opened = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: DeskStreamOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.controller?.abort();
    this.options.onStatus('closed');
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (this.running) {
      this.options.onStatus(this.opened === 0 ? 'connecting' : 'reconnecting');
      const outcome = await this.connectOnce();
      if (!this.running || outcome === 'stop') break;
      attempt = outcome === 'streamed' ? 0 : attempt + 1;
      this.options.onStatus('reconnecting');
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, backoffDelay(attempt, { initialMs: 500, maxMs: 15_000 }));
      });
    }
  }

  private async connectOnce(): Promise<'streamed' | 'failed' | 'stop'> {
    const controller = new AbortController();
    this.controller = controller;
    const token = this.options.token();
    if (!token) return 'stop';
    const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.options.url, { headers, signal: controller.signal, cache: 'no-store' });
    } catch {
      return 'failed';
    }
    if (response.status === 401) {
      return (await this.options.renew(token)) ? 'failed' : 'stop';
    }
    if (!response.ok || !response.body) return 'failed';
    this.opened++;
    this.options.onStatus('open');
    this.options.onOpen(this.opened > 1);
    const parser = new SseParser(
      {
        onMessage: (message) => {
          this.lastEventId = message.lastEventId;
          let event: DeskEvent;
          try {
            event = JSON.parse(message.data) as DeskEvent;
          } catch {
            return; // a frame that is not JSON is not an event
          }
          if (event && typeof event === 'object' && typeof event.type === 'string') this.options.onEvent(event);
        },
      },
      this.lastEventId,
    );
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // Aborted or the connection dropped: reconnect below.
    } finally {
      parser.end();
    }
    return 'streamed';
  }
}
