/**
 * A Server-Sent Events parser following the WHATWG HTML "event stream interpretation": lines end in
 * CRLF, LF or CR (also when a CRLF is split across chunks), `:` starts a comment, `field: value`
 * drops one leading space, `data` lines join with LF, `id` sets the last event id (ignored when it
 * holds NUL), `retry` takes digits only, a blank line dispatches, and an unterminated event at the
 * end of the stream is dropped. Feed it decoded text; decoding (UTF-8, streaming) is the caller's.
 */

export interface SseMessage {
  /** The `event:` field, 'message' by default (Foyer does not use it). */
  event: string;
  data: string;
  /** The last event id after this frame: this frame's `id:` or the one before it. */
  lastEventId: string;
  /** Whether this frame carried an `id:` field itself. */
  hasId: boolean;
}

export interface SseHandlers {
  onMessage(message: SseMessage): void;
  onComment?(text: string): void;
  onRetry?(ms: number): void;
}

export class SseParser {
  #buffer = '';
  #skipLeadingLf = false;
  #atStart = true;
  #data = '';
  #hasData = false;
  #eventType = '';
  #idInFrame = false;
  /** The last event id (what a reconnect sends as Last-Event-ID). */
  lastEventId: string;
  readonly #handlers: SseHandlers;

  constructor(handlers: SseHandlers, initialLastEventId = '') {
    this.#handlers = handlers;
    this.lastEventId = initialLastEventId;
  }

  feed(chunk: string): void {
    if (!chunk) return;
    let text = chunk;
    if (this.#atStart) {
      this.#atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR that ended the last chunk may be the first half of a CRLF.
    if (this.#skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
    this.#skipLeadingLf = text.endsWith('\r');
    const lines = (this.#buffer + text).split(/\r\n|\r|\n/);
    this.#buffer = lines.pop()!;
    for (const line of lines) this.#line(line);
  }

  /** The stream ended: a frame without its terminating blank line is discarded (per the spec). */
  end(): void {
    this.#buffer = '';
    this.#resetFrame();
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.charCodeAt(0) === 58 /* : */) {
      this.#handlers.onComment?.(line.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#eventType = value;
        break;
      case 'data':
        this.#data += this.#hasData ? `\n${value}` : value;
        this.#hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) {
          this.lastEventId = value;
          this.#idInFrame = true;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#handlers.onRetry?.(Number(value));
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  #dispatch(): void {
    const hadId = this.#idInFrame;
    if (!this.#hasData) {
      this.#resetFrame();
      return;
    }
    const message: SseMessage = { event: this.#eventType || 'message', data: this.#data, lastEventId: this.lastEventId, hasId: hadId };
    this.#resetFrame();
    this.#handlers.onMessage(message);
  }

  #resetFrame(): void {
    this.#data = '';
    this.#hasData = false;
    this.#eventType = '';
    this.#idInFrame = false;
  }
}
