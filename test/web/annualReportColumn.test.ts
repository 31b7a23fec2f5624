/**
 * The public 年报 column (政府信息公开工作年度报告) lists the agency's published annual reports newest
 * first with links, also when its catalog has no 年报 item; the report's page shows the tables.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { contextFor } from '../helpers/appContext.ts';
import { approvedReport } from '../app/reports/reportFixtures.ts';
import { publishAnnualReport } from '../../src/app/reports/publishAnnualReport.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';

async function publish(web: WebTestApp, agencyId: string, year: number): Promise<string> {
  const approver = contextFor(web.engine, { id: `approver-${agencyId}`, name: '审签丙', roles: ['approver'], agencyId, regionId: null }, web.clock);
  const files = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-report-files-')));
  return (await publishAnnualReport(approver, await approvedReport(web.engine.db, agencyId, year), files)).documentId;
}

describeEachEngine('public 年报 column', (open) => {
  it('lists published reports newest first with links, also without a 年报 item in the catalog', async () => {
    const web = await buildWebTestApp(await open());
    // Agency B has no 机构代码 and its region no 行政区划代码, so no 索引号 could be formed (no use case sets one yet).
    await web.engine.db.updateTable('agencies').set({ code: '640502001' }).where('id', '=', web.agencyB).execute();
    const older = await publish(web, web.agencyB, 2025);
    web.clock.advanceMinutes(60 * 24 * 30);
    const newer = await publish(web, web.agencyB, 2026);
    const response = await web.client().get(`/agencies/${web.agencyB}/reports`);
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /<h1 id="column-title">政府信息公开工作年度报告<\/h1>/);
    assert.match(html, /本单位已发布的目录中没有对应“政府信息公开工作年度报告”的事项/);
    const newerAt = html.indexOf(`<a href="/documents/${newer}" class="document-title">中卫市沙坡头区医疗保障局2026年政府信息公开工作年度报告</a>`);
    const olderAt = html.indexOf(`<a href="/documents/${older}" class="document-title">中卫市沙坡头区医疗保障局2025年政府信息公开工作年度报告</a>`);
    assert.ok(newerAt > 0 && olderAt > newerAt, 'both linked, 2026 first');
  });

  it('lists a report filed under the catalog\'s 年报 item once', async () => {
    const web = await buildWebTestApp(await open());
    const documentId = await publish(web, web.agencyA, 2026);
    const html = (await web.client().get(`/agencies/${web.agencyA}/reports`)).body;
    assert.match(html, /收录目录事项：[\s\S]*政府信息公开年报/);
    assert.equal(html.split(`href="/documents/${documentId}"`).length - 1, 1);
  });

  it('shows the report page with the tables in the national layout and the Word and PDF files', async () => {
    const web = await buildWebTestApp(await open());
    const documentId = await publish(web, web.agencyA, 2026);
    const response = await web.client().get(`/documents/${documentId}`);
    assert.equal(response.statusCode, 200);
    const html = response.body;
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']) {
      assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.match(html, /<th class="report-head" rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<\/th>/);
    assert.match(html, /<th class="report-label" rowspan="22">三、本年度办理结果<\/th>/);
    assert.match(html, /<th class="report-head" colspan="10">行政诉讼<\/th>/);
    assert.match(html, /中卫市医疗保障局2026年政府信息公开工作年度报告\.docx/);
    assert.match(html, /中卫市医疗保障局2026年政府信息公开工作年度报告\.pdf/);
  });
});
