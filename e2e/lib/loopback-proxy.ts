import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'cut' | 'blackhole';

/**
 * A TCP proxy on loopback between the customer's browser and foyer-server, so a test can fail the
 * network the way real networks fail. Playwright's offline mode leaves open connections alone, which is
 * why this exists.
 * - `cut`: every open connection is reset and new ones are refused at once (a dropped Wi-Fi).
 * - `blackhole`: connections stay open but nothing passes either way, and new ones hang (a dead NAT
 *   mapping): only the client's own dead-stream timer can notice.
 */
export class LoopbackProxy {
  private mode: ProxyMode = 'pass';
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private readonly held = new Set<Socket>();
  private server?: Server;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<string> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return `http://127.0.0.1:${this.port}`;
  }

  get openConnections(): number {
    return this.pairs.size + this.held.size;
  }

  setMode(mode: ProxyMode): void {
    this.mode = mode;
    if (mode === 'cut') {
      for (const { client, upstream } of this.pairs) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      this.pairs.clear();
    }
    if (mode === 'pass') {
      // Held connections never reached the server; closing them lets the browser retry promptly.
      for (const socket of this.held) socket.destroy();
      this.held.clear();
    }
  }

  private accept(client: Socket): void {
    client.on('error', () => {});
    if (this.mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    if (this.mode === 'blackhole') {
      this.held.add(client);
      client.on('close', () => this.held.delete(client));
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    upstream.on('error', () => client.destroy());
    const pair = { client, upstream };
    this.pairs.add(pair);
    const forward = (from: Socket, to: Socket) => {
      from.on('data', (chunk) => {
        // In a blackhole, bytes vanish in both directions while the sockets stay open.
        if (this.mode !== 'blackhole') to.write(chunk);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
    const close = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
  }

  async close(): Promise<void> {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    for (const socket of this.held) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
