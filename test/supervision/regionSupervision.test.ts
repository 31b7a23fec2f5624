import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { documentWorld, publishNew } from '../documents/documentFixtures.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { regionSupervision, supervisionRegionChoices } from '../../src/app/supervision/regionSupervision.ts';
import { refreshStaleSupervisionSnapshots } from '../../src/app/supervision/refreshSupervisionSnapshots.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { isDomainError } from '../../src/domain/shared/errors.ts';

const FILES = { level1: '基本信息', level2: '部门文件' };
const NEWS = { level1: '基本信息', level2: '工作动态' };

describeEachEngine('region supervision view', (open) => {
  it('shows the late document and, after the quarter passed, the blank item; stored lines are reused until refreshed', async () => {
    const golden = goldenCatalog() as { items: CatalogItem[] };
    const items = [[FILES, '形成或者变更之日起20个工作日内'], [NEWS, '每季度']].map(([key, timeLimit], i) => ({ ...golden.items[0]!, ...(key as object), seq: String(i + 1), timeLimit }));
    const world = await documentWorld(await open(), { ...golden, declared: null, items });
    await publishNew(world, { formedOn: '2026-01-05', title: '迟发的部门文件' }, undefined, [FILES]);
    await publishNew(world, { formedOn: '2026-02-27', title: '一季度工作动态' }, undefined, [NEWS]);
    const agency = (await getAgency(world.engine.db, world.agencyId))!;
    const top = agency.regionNames[0]!;
    const supervisor = contextFor(world.engine, { id: 'sup', name: '督查员', roles: ['region_supervisor'], agencyId: null, regionId: agency.regionPath[0]! }, world.clock);

    const march = await regionSupervision(supervisor, top);
    assert.deepEqual(march.rows.map((r) => r.agencyId), [world.agencyId]);
    const row = march.rows[0]!;
    assert.deepEqual(row.items, { blank: 0, late: 1, stale: 0, vague: 0, ok: 1 });
    assert.equal(row.catalog.versionNumber, 1);
    assert.equal(row.catalog.items, 2);
    assert.equal(row.documents.lastTwelveMonths, 2);
    assert.deepEqual(row.months.slice(-1), [{ month: '2026-03', documents: 2, answered: 0, answeredOnTime: 0 }]);
    assert.equal(row.months.length, 12);
    assert.equal(row.annualReport.year, 2025);
    assert.equal(typeof row.readiness.score, 'number');
    assert.equal(JSON.stringify(row).includes('applicant'), false);

    world.clock.advanceMinutes(121 * 24 * 60); // 2026-07-01: the second quarter ended without a 工作动态.
    const stored = await regionSupervision(supervisor, top);
    assert.equal(stored.rows[0]!.asOf, '2026-03-02', 'the stored line is shown until the job or a refresh recomputes it');
    assert.equal(stored.stale, 1);
    const refreshed = await regionSupervision(supervisor, top, { refresh: true });
    assert.deepEqual(refreshed.rows[0]!.items, { blank: 1, late: 1, stale: 0, vague: 0, ok: 0 });
    assert.equal(refreshed.stale, 0);

    assert.deepEqual((await supervisionRegionChoices(supervisor)).map((c) => c.label)[0], top);
  });

  it('refuses a supervisor of another region and an agency officer, in Chinese', async () => {
    const world = await documentWorld(await open());
    const other = await loadCatalog(world.admin, { ...(goldenCatalog() as object), agency: '别处医疗保障局' }, { publish: true, regionPath: ['宁夏回族自治区', '石嘴山市', '大武口区'] });
    const elsewhere = (await getAgency(world.engine.db, other.agencyId))!;
    const mine = (await getAgency(world.engine.db, world.agencyId))!;
    const supervisor = contextFor(world.engine, { id: 'sup', name: '督查员', roles: ['region_supervisor'], agencyId: null, regionId: elsewhere.regionPath.at(-1)! }, world.clock);
    await assert.rejects(regionSupervision(supervisor, mine.regionNames.at(-1)!), (e) => isDomainError(e) && /无权查看/.test(e.message));
    await assert.rejects(regionSupervision(world.editor, mine.regionNames[0]!), (e) => isDomainError(e) && e.code === 'forbidden');
  });

  it('the job computes missing lines and skips lines fresher than the hour', async () => {
    const world = await documentWorld(await open());
    assert.equal(await refreshStaleSupervisionSnapshots(world.admin, world.clock.now()), 1);
    assert.equal(await refreshStaleSupervisionSnapshots(world.admin, world.clock.now()), 0);
  });
});
