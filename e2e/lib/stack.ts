import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { freePort, spawnServer, type ServerProcess } from '@foyer/server/testing';
import { startSiteServer } from '../../examples/bank-site/server/site-server.mjs';
import { LoopbackProxy } from './loopback-proxy.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface DemoStack {
  foyer: ServerProcess;
  /** Between the customer's browser and foyer-server; the agent desk talks to the server directly. */
  customerProxy: LoopbackProxy;
  bankUrl: string;
  deskUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * The demo as a customer and an agent meet it: foyer-server on a fresh PGlite directory (serving the
 * desk), the bank site with its identity provider, a loopback proxy in front of the API for the
 * customer, and Debian's Chromium.
 */
export async function startDemoStack(options: { serverArgs?: string[] } = {}): Promise<DemoStack> {
  const bankPort = await freePort();
  const bankOrigin = `http://127.0.0.1:${bankPort}`;
  const foyer = await spawnServer({
    args: ['--site-origin', bankOrigin, '--host-jwks-url', `${bankOrigin}/idp/jwks.json`, '--host-issuer', `${bankOrigin}/idp`,
      '--host-audience', 'foyer-demo', ...(options.serverArgs ?? [])],
  });
  const customerProxy = new LoopbackProxy({ host: '127.0.0.1', port: Number(new URL(foyer.url).port) });
  const proxyUrl = await customerProxy.start();
  const site = await startSiteServer({
    port: bankPort,
    siteDir: fileURLToPath(new URL('../../examples/bank-site/dist/site', import.meta.url)),
    dataDir: mkdtempSync(join(tmpdir(), 'foyer-e2e-bank-')),
    foyerUrl: proxyUrl,
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    foyer,
    customerProxy,
    bankUrl: site.url,
    deskUrl: `${foyer.url}/agent/`,
    browser,
    async stop() {
      await browser.close();
      await site.close();
      await customerProxy.close();
      await foyer.stop();
    },
  };
}
