import { describe, expect, it } from 'vitest';
import { SseParser, type SseMessage } from '../src/index.js';

function parse(chunks: string[], initialId = '') {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const parser = new SseParser({ onMessage: (m) => messages.push(m), onComment: (c) => comments.push(c), onRetry: (r) => retries.push(r) }, initialId);
  for (const c of chunks) parser.feed(c);
  return { messages, comments, retries, parser };
}

const everySplit = (text: string): string[][] => {
  const out: string[][] = [[text], [...text]];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
};

describe('SseParser', () => {
  const stream = 'id: c1.a\r\ndata: {"n":1}\r\n\r\n: ping\r\n\r\ndata: line one\r\ndata: line two\r\n\r\nid: c1.b\ndata:{"n":3}\n\n';

  it('gives the same frames however the bytes are split (CRLF split across chunks included)', () => {
    const expected = parse([stream]).messages;
    expect(expected.map((m) => m.data)).toEqual(['{"n":1}', 'line one\nline two', '{"n":3}']);
    for (const chunks of everySplit(stream)) expect(parse(chunks).messages).toEqual(expected);
  });

  it('keeps the last event id across frames without id (ephemeral events do not move the cursor)', () => {
    const { messages, parser } = parse([stream]);
    expect(messages.map((m) => [m.lastEventId, m.hasId])).toEqual([
      ['c1.a', true],
      ['c1.a', false],
      ['c1.b', true],
    ]);
    expect(parser.lastEventId).toBe('c1.b');
  });

  it('treats lone CR, LF and CRLF as line ends', () => {
    const { messages } = parse(['data: a\rdata: b\n\rdata: c\r\n\n']);
    expect(messages.map((m) => m.data)).toEqual(['a\nb', 'c']);
  });

  it('reports comments and ignores them for dispatch', () => {
    const { messages, comments } = parse([': stream open\n\n:ping\n\n']);
    expect(messages).toEqual([]);
    expect(comments).toEqual(['stream open', 'ping']);
  });

  it('drops only one leading space, allows a colon-less field and an empty data line', () => {
    const { messages } = parse(['data:  two spaces\n\ndata\n\ndata:\ndata:\n\n']);
    expect(messages.map((m) => m.data)).toEqual([' two spaces', '', '\n']);
  });

  it('reads event and retry, ignores unknown fields, ids holding NUL and bad retry values', () => {
    const { messages, retries } = parse(['event: custom\nfoo: bar\nid: ok\ndata: x\n\nid: bad\0id\nretry: 12a\nretry: 3000\ndata: y\n\n']);
    expect(messages.map((m) => [m.event, m.data, m.lastEventId])).toEqual([
      ['custom', 'x', 'ok'],
      ['message', 'y', 'ok'],
    ]);
    expect(retries).toEqual([3000]);
  });

  it('strips a leading BOM once and drops an unterminated frame at the end', () => {
    const { messages, parser } = parse(['\uFEFFdata: a\n\ndata: half']);
    parser.end();
    expect(messages.map((m) => m.data)).toEqual(['a']);
  });

  it('starts from an initial last event id and keeps an id seen in a frame without data', () => {
    const { messages, parser } = parse(['data: a\n\nid: moved\n\n'], 'start');
    expect(messages[0]!.lastEventId).toBe('start');
    expect(parser.lastEventId).toBe('moved');
  });
});
