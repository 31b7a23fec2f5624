/**
 * 年报 in a real browser (issue 10): the officer opens the 2026 report, sees the tables computed from the
 * applications and documents, fixes a finding (a figure in section 一 that the tables contradict), and the
 * report goes through 复核 and 审签 by two more people and appears on the public site.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { resolveAgency } from '../../src/app/agencies/getAgency.ts';
import { systemClock } from '../../src/app/systemClock.ts';
import type { Actor, Role } from '../../src/domain/accounts/roles.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { contextFor } from '../helpers/appContext.ts';
import { requireChromium, seriousA11yViolations } from '../helpers/browser.ts';
import { ARTIFACTS, type BrowserWorld, signIn, signOut, startBrowserWorld } from '../helpers/browserWorld.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { reviewDocument, submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';

/** The register and documents of 2026, written through the use cases into the server's database. */
async function seed(dir: string): Promise<string> {
  const engine = await openDatabase(`sqlite:${join(dir, 'gongkai.db')}`);
  try {
    const { id: agencyId } = await resolveAgency(engine.db, '中卫市医疗保障局');
    const as = (role: Role) => contextFor(engine, { id: `u-seed-${role}`, name: role, roles: [role], agencyId, regionId: null } satisfies Actor, systemClock);
    const fields = { applicantType: 'naturalPerson', name: '申请人', idType: 'residentId', idNumber: '11010519491231002X', phone: '13800000000', email: 'a@example.invalid', request: '2025年度医保基金收支情况', medium: 'electronic', way: 'email' };
    for (const [receivedOn, answeredOn] of [['2026-03-02', '2026-03-20'], ['2026-06-01', null]] as const) {
      const { application } = await registerApplication(as('editor'), { agencyId, fields, receipt: { channel: 'inPerson', on: receivedOn } });
      if (answeredOn) await recordApplicationEvent(as('editor'), application.id, { type: 'answered', on: answeredOn, outcome: 'granted' });
    }
    const { documentId } = await createDocument(as('editor'), { agencyId, ...completeInput({ legalForm: 'normativeDocument' }) });
    await submitDocument(as('editor'), { documentId });
    await reviewDocument(as('reviewer'), { documentId, decision: 'pass' });
    await confirmSecrecyReview(as('reviewer'), { documentId, note: '经审查不涉密' });
    await approveDocument(as('approver'), { documentId, decision: 'approve' });
    const figures = (['licensing', 'penalties', 'enforcement', 'fees'] as const).map((key) => ({ agency_id: agencyId, year: 2026, count_key: key, value: key === 'penalties' ? 12 : 0, source: '执法统计台账', updated_by: null, updated_at: systemClock.now() }));
    await engine.db.insertInto('annual_report_counts').values(figures).execute();
    return agencyId;
  } finally {
    await engine.close();
  }
}

async function saveOverview(page: Page, text: string) {
  await page.getByRole('textbox', { name: '一、总体情况' }).fill(text);
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await page.getByText('已保存为新版本。').waitFor();
}

describe('annual report in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  let agencyId: string;
  before(async () => {
    // Seeded before the server starts: two processes writing one SQLite file at once can fail with SQLITE_BUSY_SNAPSHOT.
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '张华'], ['approver', 'approver', '李新忠']], async (dir) => {
      agencyId = await seed(dir);
    });
  });
  after(() => world?.close());

  it('officer opens the 2026 report, fixes a finding, three people sign it and it is public', async () => {
    const base = world.server.url;
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, base, 'editor');
    await page.getByRole('link', { name: '年度报告', exact: true }).click();
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '打开或编制年度报告' }).click();
    await page.getByText('已根据本单位数据生成年度报告草稿').waitFor();
    const reportUrl = page.url().replace(/\?.*$/, '');
    const table3 = page.locator('#report-table3');
    assert.deepEqual(await table3.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td').allInnerTexts(), ['2', '0', '0', '0', '0', '0', '2']);
    assert.deepEqual(await page.locator('#report-table2 tr', { hasText: '行政规范性文件' }).locator('td').allInnerTexts(), ['1', '0', '1']);
    await page.screenshot({ path: join(ARTIFACTS, 'annual-report-draft-1280.png'), fullPage: true });

    await saveOverview(page, '2026年，本局全年共收到政府信息公开申请3件，办结1件，其中予以公开1件；结转下年度继续办理1件。');
    await page.getByRole('button', { name: '检查' }).click();
    const finding = page.locator('.finding-error', { hasText: '收到政府信息公开申请3件' });
    await finding.waitFor();
    assert.equal(await finding.getByRole('link', { name: '查看' }).getAttribute('href'), '#section-overview');
    await page.getByRole('button', { name: '提交复核' }).click();
    await page.getByText(/须更正后才能提交复核/).waitFor();
    await saveOverview(page, '2026年，本局全年共收到政府信息公开申请2件，办结1件，其中予以公开1件；结转下年度继续办理1件。');
    await page.getByRole('button', { name: '提交复核' }).click();
    await page.getByText('已提交复核。').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await signOut(page);

    await signIn(page, base, 'reviewer');
    await page.goto(reportUrl);
    await page.getByRole('button', { name: '复核通过' }).click();
    await page.getByText('复核通过，已送审签。').waitFor();
    await signOut(page);

    await signIn(page, base, 'approver');
    await page.goto(reportUrl);
    await page.getByRole('button', { name: '审签', exact: true }).click();
    await page.getByText('审签完成，已在本单位年报栏目发布。').waitFor();
    await page.getByRole('link', { name: '查看公开页面' }).click();
    await page.getByRole('heading', { name: '中卫市医疗保障局2026年政府信息公开工作年度报告' }).waitFor();
    assert.ok((await page.content()).includes('全年共收到政府信息公开申请2件'));
    await page.screenshot({ path: join(ARTIFACTS, 'annual-report-public-1280.png'), fullPage: true });
    const documentUrl = page.url();
    await signOut(page);
    await page.goto(`${base}/agencies/${agencyId}/reports`);
    await page.getByRole('link', { name: '中卫市医疗保障局2026年政府信息公开工作年度报告' }).click();
    assert.equal(page.url(), documentUrl, 'the public 年报 column links the published report');
    // On a phone the page itself never scrolls sideways: the wide tables scroll inside their own box.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('heading', { name: '中卫市医疗保障局2026年政府信息公开工作年度报告' }).waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll of the page at 375 px');
    await page.screenshot({ path: join(ARTIFACTS, 'annual-report-public-375.png'), fullPage: true });
  });
});
