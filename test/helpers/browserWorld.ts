/**
 * The setting every browser test starts from: a fresh SQLite file with golden
 * catalog 000 (中卫市医疗保障局) published, the staff a test asks for, the real
 * `gongkai serve` on a free port, and Chromium.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startServer } from './browser.ts';
import { contextFor, REPO_ROOT } from './appContext.ts';
import { freePort } from './postgresCluster.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';

export const GOLDEN_ZHONGWEI = join(REPO_ROOT, '../shared/golden/000_16624d944bb0d70d.json');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
export const BROWSER_PASSWORD = 'browser-test-password';

export interface BrowserWorld {
  browser: Browser;
  server: { url: string; stop(): Promise<void> };
  dir: string;
  close(): Promise<void>;
}

/** Staff to create: agency roles belong to 中卫市医疗保障局; a system admin to no agency. */
export type StaffSpec = readonly [username: string, role: Role, displayName: string];

/** `seed` may add data to the database file (in `dir`) before the server starts. */
export async function startBrowserWorld(staff: readonly StaffSpec[], seed?: (dir: string) => Promise<void>): Promise<BrowserWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-browser-'));
  const databaseUrl = `sqlite:${join(dir, 'gongkai.db')}`;
  const engine = await openDatabase(databaseUrl);
  const system = contextFor(engine);
  const { agencyId } = await loadCatalog(system, JSON.parse(readFileSync(GOLDEN_ZHONGWEI, 'utf8')), { publish: true });
  for (const [username, role, displayName] of staff) {
    await createUser(system, { username, displayName, password: BROWSER_PASSWORD, roles: [role], agencyId: role === 'system_admin' ? null : agencyId });
  }
  await engine.close();
  await seed?.(dir);
  const server = await startServer(databaseUrl, await freePort(), dir);
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    browser,
    server,
    dir,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sign in through the login form as one of the staff created by startBrowserWorld. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(BROWSER_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${base}/admin`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}
