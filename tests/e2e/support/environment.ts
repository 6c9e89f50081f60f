// The set-up the browser specs share: one server on a fresh database (optionally prepared with the
// CLI first), one Chromium, and pages or signed-in contexts, all closed after the file.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { type Credentials, parseDemoCredentials, signInThroughUi } from './auth.js';
import { launchBrowser } from './browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './server.js';

export interface BrowserEnvironment {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The demo users printed by `serve` (only when the server loaded the demo data). */
  readonly demo: Map<string, Credentials>;
  /** A new page in its own context (es-MX, the given viewport), closed after the file. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new context and page signed in as a demo user through the sign-in page. */
  signedIn(username: string, options?: { initScript?: string }): Promise<Page>;
}

export interface EnvironmentOptions {
  /** Extra environment for the server and the CLI (e.g. SALVAGUARDA_DEMO: 'false'). */
  env?: NodeJS.ProcessEnv;
  /** Runs before the server starts, on the same data (users, imports). */
  prepare?: (env: NodeJS.ProcessEnv) => Promise<void>;
  /** Viewport of `signedIn` pages (and the default of `newPage`). */
  viewport?: { width: number; height: number };
  /** Timeout of the set-up hook. */
  timeout?: number;
}

/** Registers the file's beforeAll/afterAll and returns the environment they fill. */
export function browserEnvironment(opts: EnvironmentOptions = {}): BrowserEnvironment {
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let demo = new Map<string, Credentials>();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const env = { ...tempEnv(), ...opts.env };
    await opts.prepare?.(env);
    server = await startServer(env);
    demo = parseDemoCredentials(server.stdout());
    browser = await launchBrowser();
  }, opts.timeout);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  const environment: BrowserEnvironment = {
    get server() {
      if (!server) throw new Error('the browser environment is not started (beforeAll)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser environment is not started (beforeAll)');
      return browser;
    },
    get demo() {
      return demo;
    },
    async newPage(options = {}) {
      const context = await environment.browser.newContext({ locale: 'es-MX', viewport, ...options });
      contexts.push(context);
      return context.newPage();
    },
    async signedIn(username, options = {}) {
      const credentials = demo.get(username);
      if (!credentials) throw new Error(`no demo credentials for ${username}`);
      const context = await environment.browser.newContext({ locale: 'es-MX', viewport });
      contexts.push(context);
      // An init script is not blocked by the page's CSP.
      if (options.initScript) await context.addInitScript({ content: options.initScript });
      const page = await context.newPage();
      await signInThroughUi(page, environment.server.url, credentials);
      return page;
    },
  };
  return environment;
}

/** `user create` through the product's CLI, with the password in the environment as an operator would. */
export async function createUser(
  env: NodeJS.ProcessEnv,
  user: { role: string; username: string; displayName: string; password: string },
  opts: { timeoutMs?: number } = {},
): Promise<void> {
  await cli(
    { ...env, SALVAGUARDA_NEW_PASSWORD: user.password },
    ['user', 'create', '--role', user.role, '--username', user.username, '--display-name', user.displayName],
    opts,
  );
}
