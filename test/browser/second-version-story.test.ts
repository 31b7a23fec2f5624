/**
 * Issue 12's must-show story in a real browser, end to end through the pages alone:
 * the agency admin adds a 复核人 on the users page; an editor changes two items and publishes 第2版
 * (填表 → 复核 → 审签 by three people; the 填表人 is refused when trying to sign it off); the 复核人
 * sees exactly those two changes; the old item URL still answers; the 第1版 export downloaded from
 * the portal is flagged on import as reverting the two changes, naming them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { requireChromium } from '../helpers/browser.ts';
import { checkBothWidths, editItemField, signOffStep, submitWithReason } from '../helpers/browserSteps.ts';
import { BROWSER_PASSWORD, type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';
import { contextFor } from '../helpers/appContext.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { resolveAgency } from '../../src/app/agencies/getAgency.ts';

const AGENCY = '中卫市医疗保障局';
const EDITED_CONTENT = '机构名称、办公地址、办公时间、联系电话、内设机构（第2版修改）';
const LINT_REASON = '来源目录原有的检查错误，下一版统一更正';

/** The 填表人 who also holds the 审签人 role: the rule, not the roles, must stop them signing their own version. */
async function addEditorWhoMayApprove(dir: string): Promise<void> {
  const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
  const system = contextFor(engine);
  const agency = await resolveAgency(engine.db, AGENCY);
  await createUser(system, { username: 'yiyuhong', displayName: '伊玉红', password: BROWSER_PASSWORD, roles: ['editor', 'approver'], agencyId: agency.id });
  await engine.close();
}

describe('第2版, from the users page to the revert warning, in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld([['admin', 'agency_admin', '马管理'], ['approver', 'approver', '李新忠']], addEditorWhoMayApprove);
  });
  after(() => world?.close());

  it('adds a reviewer, publishes two changes as 第2版 with three people, keeps the old item URL and flags a 第1版 import', async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());

    // The agency admin adds the 复核人 through /admin/users.
    await signIn(page, base, 'admin');
    await page.getByRole('link', { name: '用户管理' }).click();
    await page.getByLabel('用户名').fill('zhanghua');
    await page.getByLabel('姓名').fill('张华');
    await page.getByRole('checkbox', { name: '复核人' }).check();
    await page.getByLabel('初始密码').fill(BROWSER_PASSWORD);
    await page.getByRole('button', { name: '新建用户' }).click();
    await page.getByText('已新建用户。').waitFor();
    assert.ok(await page.getByRole('cell', { name: '张华' }).isVisible(), 'the new reviewer is listed');
    await checkBothWidths(page, 'story-users');
    await signOut(page);

    // The editor downloads the 第1版 export from the portal and notes an item's public address.
    await page.getByRole('link', { name: AGENCY, exact: true }).click();
    const itemUrl = new URL((await page.locator('table').getByRole('link', { name: '机构信息', exact: true }).getAttribute('href'))!, base).href;
    assert.match(itemUrl, /\/agencies\/[^/]+\/items\/[^/]+$/, 'items are addressed by their permanent key');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel（.xlsx）' }).click()]);
    const firstExport = join(world.dir, '第1版导出.xlsx');
    await download.saveAs(firstExport);

    await signIn(page, base, 'yiyuhong');
    await page.getByRole('link', { name: AGENCY, exact: true }).click();
    const agencyId = /\/admin\/agencies\/([^/?#]+)/.exec(page.url())![1]!;
    await page.getByRole('button', { name: '以现行目录为基础新建草稿' }).click();
    await page.getByText('已新建草稿').waitFor();
    const versionUrl = page.url().replace(/\?.*$/, '');
    await editItemField(page, '机构信息', '公开内容（要素）', () => EDITED_CONTENT);
    await editItemField(page, '政府信息公开年报', '公开时限', (old) => old.replace('20', '15'));
    await submitWithReason(page, LINT_REASON);
    await signOut(page);

    // The new 复核人 sees exactly the two changes, highlighted, first.
    await signIn(page, base, 'zhanghua');
    await page.goto(versionUrl);
    const changes = page.locator('section.version-changes');
    await changes.getByRole('heading', { name: /与上一版相比/ }).waitFor();
    assert.deepEqual(await changes.locator('article h4 a').allTextContents(), ['机构信息', '政府信息公开年报']);
    assert.equal(await changes.locator('ins').filter({ hasText: '15' }).count(), 1, 'the changed 公开时限 is marked');
    assert.ok(await page.getByText(LINT_REASON).isVisible(), 'the reviewer reads the submission reason');
    assert.equal(await page.locator('details.folded-table').getAttribute('open'), null, 'the full table waits folded');
    await checkBothWidths(page, 'story-review', changes);
    await page.setViewportSize({ width: 375, height: 812 });
    const box = await changes.boundingBox();
    assert.ok(box && box.width <= 375, `the changes fit the phone's width: ${box?.width}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOffStep(page, '复核通过');
    await signOut(page);

    // The 填表人 holds the 审签人 role but may not sign off what they prepared: the page says so, and a forged post is refused.
    await signIn(page, base, 'yiyuhong');
    await page.goto(versionUrl);
    await page.getByText('您已是本版本的填表人，不能再审签').waitFor();
    assert.equal(await page.getByRole('button', { name: '审签发布' }).count(), 0, 'no sign-off button for the preparer');
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const forged = await page.request.post(`${versionUrl}/approve`, { form: { _csrf: csrf, decision: 'approve' }, maxRedirects: 0 });
    assert.equal(forged.status(), 403);
    assert.match(await forged.text(), /您已是本版本的填表人，不能再审签（填表人、复核人、审签人须为三个不同的人）/);
    await checkBothWidths(page, 'story-preparer-refused', page.getByText('您已是本版本的填表人，不能再审签'));
    await signOut(page);

    await signIn(page, base, 'approver');
    await page.goto(versionUrl);
    await signOffStep(page, '审签发布');
    await signOut(page);

    // The address noted under 第1版 answers with 第2版's text.
    const old = await page.goto(itemUrl);
    assert.equal(old?.status(), 200, 'the 第1版 item URL still works');
    await page.getByRole('heading', { name: '机构信息' }).waitFor();
    assert.ok(await page.getByText(EDITED_CONTENT).first().isVisible(), 'and shows the published change');
    await checkBothWidths(page, 'story-old-item-url');

    // Importing the 第1版 file now would undo both changes: the preview says so, naming them.
    await signIn(page, base, 'yiyuhong');
    await page.goto(`${base}/admin/agencies/${agencyId}/import`);
    await page.getByLabel('目录文件').setInputFiles(firstExport);
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.getByRole('heading', { name: '导入预览' }).waitFor();
    const warning = await page.getByRole('alert').innerText();
    assert.match(warning, /文件中的 2 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：「机构信息」、「政府信息公开年报」/);
    await checkBothWidths(page, 'story-import-revert', page.getByRole('alert'));
    await page.close();
  });
});
