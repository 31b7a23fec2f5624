/**
 * 操作日志 in a real browser (issue 12, deliverable 5): a system admin filters by 操作 and reads a catalog
 * item edit as a 字段/修改前/修改后 table; at 375 px the rows are cards without horizontal scrolling, no serious
 * accessibility violations; screenshots at 375 and 1280 px in test-artifacts/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { listAgencies } from '../../src/storage/repositories/agency.repository.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';

const NEW_CONTENT = '机构职能、内设机构、领导信息（浏览器测试修改）';

/** The editor edits the first item of a new draft: one 修改目录事项 event with a changed 公开内容. */
async function seedEdit(dir: string): Promise<void> {
  const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
  try {
    const editor = contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, 'editor'))!.id))!);
    const { versionId } = await startDraft(editor, (await listAgencies(engine.db))[0]!.id);
    const { id, position: _position, ...item } = (await getCatalogVersion(engine.db, versionId))!.items[0]!;
    await updateCatalogItem(editor, { itemId: id, item: { ...item, content: NEW_CONTENT, channels: [...item.channels.filter((c) => c !== '政府公报'), '政府公报'] } });
  } finally {
    await engine.close();
  }
}

describe('操作日志 in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['sysadmin', 'system_admin', '系统管理员']], seedEdit);
  });
  after(async () => world?.close());

  it('filters by 操作 and shows the change as 字段/修改前/修改后, as cards on a phone, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      await signIn(page, world.server.url, 'sysadmin');
      await page.goto(`${world.server.url}/admin/audit`);
      await page.getByLabel('操作', { exact: true }).selectOption({ label: '修改目录事项' });
      await page.getByRole('button', { name: '筛选' }).click();
      await page.waitForURL(/action=catalog\.item_updated/);
      const changes = page.locator('.audit-changes');
      await changes.getByRole('rowheader', { name: '公开内容（要素）' }).waitFor();
      assert.ok((await changes.textContent())!.includes(NEW_CONTENT));
      assert.ok(!(await page.locator('main').innerText()).includes('catalog.'), 'no action code on the page');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${width} px (${overflow})`);
      if (width === 375) {
        const box = (await changes.boundingBox())!;
        assert.ok(box.width > 300, `the change table uses the card's width on a phone (${box.width} px)`);
      }
      assert.deepEqual(await seriousA11yViolations(page), []);
      await page.screenshot({ path: join(ARTIFACTS, `audit-log-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
