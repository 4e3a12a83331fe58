// Per-test static servers for the built app, for the specs that need more than the shared
// webServer: taking the network away, a new release on the same origin, a second origin (embed),
// a sub-path, a broken settings file. They run bench/serve.mjs (pre-compressed files, hashed
// files cached for a year, index.html for extension-less paths), bound to 127.0.0.1.
import type { BrowserContext, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { offlineReady, settled } from './helpers';

export const DIST = resolve(__dirname, '..', process.env.DIST_DIR ?? '../dist');
export const ROOT = resolve(__dirname, '..', '..');

export type Server = {
  url: string; origin: string; port: number;
  setRoot(dir: string): void;
  close(): Promise<void>;
};
export type ServeOptions = {
  csp?: boolean; redirectIndex?: boolean;
  root: string; port?: number; prefix?: string;
  /** path (relative to the prefix) -> body served instead of the file; null answers 404. */
  overrides?: Record<string, string | null>;
  log?: (method: string, path: string) => void;
};

// bench/serve.mjs is a plain ES module: load it with Node's own import(), untouched by the
// test runner's TypeScript transform.
const nativeImport = new Function('u', 'return import(u)') as (u: string) => Promise<any>;

/** One visit to `path` on a fresh server of the build, until the service worker controls the
 *  page; then the server is gone and the browser has no network. */
export async function visitedOnceThenOffline(page: Page, context: BrowserContext, path = '') {
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url + path);
    await settled(page);
    await offlineReady(page);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  return server.url;
}

export async function serve(o: ServeOptions): Promise<Server> {
  const m = await nativeImport(pathToFileURL(resolve(ROOT, 'bench/serve.mjs')).href);
  return m.serve(o);
}
