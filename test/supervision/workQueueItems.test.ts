/**
 * The work queue's "catalog items blank or late" lines come from the published items' 公开时限
 * (publishedItemObligations over agencyObligations): the officer sees the late document and, once a
 * quarter has passed without a publication, the blank periodic item, each linked to the item's page.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { goldenCatalog } from '../helpers/appContext.ts';
import { documentWorld, publishNew, type DocumentWorld } from '../documents/documentFixtures.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import { agencyReadiness } from '../../src/app/supervision/agencyReadiness.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';

const FILES = { level1: '基本信息', level2: '部门文件' };
const NEWS = { level1: '基本信息', level2: '工作动态' };

async function twoItemCatalog(world: DocumentWorld) {
  const golden = goldenCatalog() as { items: CatalogItem[] };
  const base = golden.items[0]!;
  const items = [[FILES, '形成或者变更之日起20个工作日内'], [NEWS, '每季度']].map(([key, timeLimit], i) => ({ ...base, ...(key as object), seq: String(i + 1), timeLimit }));
  await loadCatalog(world.admin, { ...golden, declared: null, items }, { publish: true });
}

const itemLines = async (world: DocumentWorld) => (await workQueue(world.editor)).lines.filter((line) => line.kind === 'catalogItem');

describeEachEngine('work queue: catalog items blank or late', (open) => {
  it('lists the late document, then the blank quarter, each linking to the item', async () => {
    const world = await documentWorld(await open());
    await twoItemCatalog(world);
    await publishNew(world, { formedOn: '2026-01-05', title: '迟发的部门文件' }, undefined, [FILES]);
    await publishNew(world, { formedOn: '2026-02-27', title: '一季度工作动态' }, undefined, [NEWS]);

    const inMarch = await itemLines(world);
    assert.deepEqual(inMarch.map((line) => line.title), ['基本信息 · 部门文件：「迟发的部门文件」应于2026-02-02前公开，2026-03-02才发布（晚' + inMarch[0]!.title.match(/晚(\d+)个/)![1] + '个工作日）（逾期公开）']);
    assert.match(inMarch[0]!.href, /^\/admin\/versions\/[^/]+\/items\/[^/]+$/);

    world.clock.advanceMinutes(121 * 24 * 60); // 2026-07-01: the second quarter passed with nothing under 工作动态
    const inJuly = await itemLines(world);
    assert.equal(inJuly.length, 2);
    assert.match(inJuly.find((line) => line.title.includes('工作动态'))!.title, /^基本信息 · 工作动态：2026年第二季度应于\d{4}-\d{2}-\d{2}前公开（未公开）$/);

    await publishNew(world, { formedOn: '2026-03-02', title: '又一件迟发的部门文件' }, undefined, [FILES]);
    world.clock.advanceMinutes(184 * 24 * 60); // 2027-01-01: the third and fourth quarters passed as well
    const inJanuary = await itemLines(world);
    assert.equal(inJanuary.length, 2, 'one line per item and kind, however many periods or documents');
    const news = inJanuary.find((line) => line.title.includes('工作动态'))!;
    assert.match(news.title, /^基本信息 · 工作动态：共3期（2026年第二季度至2026年第四季度）未公开，最早一期应于\d{4}-\d{2}-\d{2}前公开（未公开）$/);
    assert.equal(news.dueOn, inJuly.find((line) => line.title.includes('工作动态'))!.dueOn, 'due from the oldest period');
    assert.match(inJanuary.find((line) => line.title.includes('部门文件'))!.title, /^基本信息 · 部门文件：共2件文件逾期公开，最近一件「又一件迟发的部门文件」应于/);
  });

  it('shows no item lines to a person of another agency or without an agency', async () => {
    const world = await documentWorld(await open());
    await twoItemCatalog(world);
    await publishNew(world, { formedOn: '2026-01-05', title: '迟发的部门文件' }, undefined, [FILES]);
    assert.deepEqual((await workQueue(world.admin)).lines.filter((line) => line.kind === 'catalogItem'), []);
  });

  it('inspection readiness counts the same blank periods (items.periodBlank) without being told', async () => {
    const world = await documentWorld(await open());
    await twoItemCatalog(world);
    await publishNew(world, { formedOn: '2026-02-27', title: '一季度工作动态' }, undefined, [NEWS]);
    const blanks = async () => (await agencyReadiness(world.editor, world.agencyId)).findings.filter((f) => f.ruleId === 'items.periodBlank');
    assert.deepEqual(await blanks(), []);
    world.clock.advanceMinutes(121 * 24 * 60);
    const found = await blanks();
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /2026年第二季度/);
  });
});
