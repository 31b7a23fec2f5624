/**
 * The work queue's 年报 line reads only last year's reports (ids and publication dates, app/supervision/deadlineLines.ts):
 * it links to last year's report once opened, never to another year's, for every agency where the person prepares it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { openAnnualReport } from '../../src/app/reports/openAnnualReport.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

const ROOT: Actor = { id: 'root', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null };

describeEachEngine('work queue 年报 lines', (open) => {
  it('links last year\'s report once it is opened, not another year\'s, for each agency', async () => {
    const world = await queueWorld(await open(), '2027-01-02T02:00:00.000Z');
    const second = await loadCatalog(world.system, { ...(goldenCatalog() as object), agency: '中卫市医疗保障局（二）' }, { publish: true });
    const older = await openAnnualReport(world.system, { agency: world.agencyId, year: 2025 });
    const rootLines = async () => (await workQueue(contextFor(world.engine, ROOT, world.clock))).lines.filter((l) => l.kind === 'annualReport').map((l) => [l.agencyId, l.title, l.href]);
    const title = '2026年度政府信息公开工作年度报告尚未发布';
    assert.deepEqual(await rootLines(), [[world.agencyId, title, '/admin/reports'], [second.agencyId, title, '/admin/reports']]);
    assert.notEqual(older.report.year, 2026);
    const { report } = await openAnnualReport(world.system, { agency: second.agencyId, year: 2026 });
    assert.deepEqual(await rootLines(), [[world.agencyId, title, '/admin/reports'], [second.agencyId, title, `/admin/reports/${report.id}`]]);
  });
});
