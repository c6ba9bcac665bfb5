import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackProxy } from '../lib/loopback-proxy.js';

let upstream: Server;
let proxy: LoopbackProxy;
let proxyUrl: string;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
      return;
    }
    res.end('hello');
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  proxy = new LoopbackProxy({ host: '127.0.0.1', port: (upstream.address() as { port: number }).port });
  proxyUrl = await proxy.start();
});
afterAll(async () => {
  await proxy.close();
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

describe('the loopback proxy', () => {
  it('passes traffic through', async () => {
    expect(await (await fetch(`${proxyUrl}/`)).text()).toBe('hello');
  });

  it('cut resets open streams and refuses new connections until passing again', async () => {
    const response = await fetch(`${proxyUrl}/stream`);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('first');
    proxy.setMode('cut');
    await expect(reader.read()).rejects.toThrow();
    await expect(fetch(`${proxyUrl}/`)).rejects.toThrow();
    proxy.setMode('pass');
    expect(await (await fetch(`${proxyUrl}/`)).text()).toBe('hello');
  });

  it('blackhole keeps connections open but lets nothing through', async () => {
    proxy.setMode('blackhole');
    const controller = new AbortController();
    const pending = fetch(`${proxyUrl}/`, { signal: controller.signal });
    const outcome = await Promise.race([pending.then(() => 'answered', () => 'failed'), new Promise((r) => setTimeout(() => r('hanging'), 500))]);
    expect(outcome).toBe('hanging');
    expect(proxy.openConnections).toBeGreaterThan(0);
    controller.abort();
    proxy.setMode('pass');
    expect(await (await fetch(`${proxyUrl}/`)).text()).toBe('hello');
  });
});
