/**
 * 我的待办 in a real browser (issue 11): after login the reviewer's 工作台 starts with the queue; the link leads to
 * the document waiting for review; no horizontal scrolling at 375 px, readable at 1280 px (screenshots in
 * test-artifacts/), no serious accessibility violations.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { contextFor } from '../helpers/appContext.ts';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

const TITLE = '关于医保窗口延时服务的通知';

describe('work queue in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    // Seeded before the server starts: two processes writing one SQLite file at once can fail with SQLITE_BUSY_SNAPSHOT.
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华']], async (dir) => {
      const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
      try {
        const editor = contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, 'editor'))!.id))!);
        const agencyId = (await engine.db.selectFrom('agencies').select('id').executeTakeFirstOrThrow()).id;
        const { documentId } = await createDocument(editor, { agencyId, ...completeInput({ title: TITLE }) });
        await submitDocument(editor, { documentId });
      } finally {
        await engine.close();
      }
    });
  });
  after(async () => world?.close());

  it('shows the reviewer the document first on the 工作台, linked to its page, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      await signIn(page, world.server.url, 'reviewer');
      const queue = page.getByRole('region', { name: /我的待办/ });
      await queue.getByRole('link', { name: `复核文件《${TITLE}》` }).waitFor();
      const firstSection = await page.locator('main section').first().getAttribute('aria-labelledby');
      assert.equal(firstSection, 'work-queue-title', 'the queue is the first block');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${width} px (${overflow})`);
      assert.deepEqual(await seriousA11yViolations(page), []);
      await page.screenshot({ path: join(ARTIFACTS, `work-queue-${width}.png`), fullPage: true });
      await queue.getByRole('link', { name: `复核文件《${TITLE}》` }).click();
      await page.getByRole('heading', { name: TITLE }).first().waitFor();
      assert.match(new URL(page.url()).pathname, /^\/admin\/documents\/[0-9a-f-]+$/);
      await page.close();
    }
  });
});
