/**
 * Lint lines of the work queue over many agencies (issue 11 bench): a system administrator sees every agency's line,
 * read with one query for all the versions; a published version's count is kept (app/supervision/lintErrorCounts.ts),
 * so these check that what is kept never outlives the version — a new edition, and a draft returned, edited and
 * submitted again under the same id, are counted afresh.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { addCatalogItem } from '../../src/app/catalog/addCatalogItem.ts';
import { reviewCatalogVersion, submitCatalogVersion } from '../../src/app/catalog/changeVersionStatus.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import { presentFindings } from '../../src/web/admin/findings.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

const ROOT: Actor = { id: 'root', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null };
const SECOND = '中卫市医疗保障局（二）';

const noChannelItem = (seq: string) => ({
  seq, level1: '概况信息', level2: `窗口服务${seq}`, content: '服务窗口地址和时间', basis: ['《中华人民共和国政府信息公开条例》'], timeLimit: '形成或者变更之日起20个工作日内',
  subject: '中卫市医疗保障局', channels: [], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
});

describeEachEngine('work queue lint lines over many agencies', (open) => {
  it('shows every agency its line for a system administrator, and counts a new edition and a re-edited draft afresh', async () => {
    const world = await queueWorld(await open());
    const golden = goldenCatalog() as { agency: string; items: unknown[] };
    const second = await loadCatalog(world.system, { ...golden, agency: SECOND }, { publish: true });
    const errorsOf = async (versionId: string, agencyName: string) => presentFindings(toCatalogDocument((await getCatalogVersion(world.engine.db, versionId))!, agencyName)).counts.error;
    const rootLines = async () => (await workQueue(contextFor(world.engine, ROOT, world.clock))).lines.filter((l) => l.kind === 'lint').map((l) => [l.agencyName, l.title]);
    const expected = [
      ['中卫市医疗保障局', `已发布的目录第1版有 ${await errorsOf(world.versionId, '中卫市医疗保障局')} 处检查错误`],
      [SECOND, `已发布的目录第1版有 ${await errorsOf(second.versionId, SECOND)} 处检查错误`],
    ];
    assert.deepEqual((await rootLines()).sort(), expected.sort());
    assert.deepEqual((await rootLines()).sort(), expected.sort(), 'the same on the next visit');

    const edition = await loadCatalog(world.system, { ...golden, agency: SECOND, items: golden.items.slice(0, 3) }, { publish: true });
    const fewer = await errorsOf(edition.versionId, SECOND);
    assert.notEqual(`已发布的目录第2版有 ${fewer} 处检查错误`, expected[1]![1]);
    assert.deepEqual((await rootLines()).find(([name]) => name === SECOND), [SECOND, `已发布的目录第2版有 ${fewer} 处检查错误`]);

    const bianji = await world.staff('bianji');
    const { versionId } = await startDraft(bianji, world.agencyId);
    await submitCatalogVersion(bianji, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    const submitted = await errorsOf(versionId, '中卫市医疗保障局');
    assert.deepEqual((await rootLines()).find(([name]) => name === '中卫市医疗保障局'), ['中卫市医疗保障局', `正在修订的目录第2版有 ${submitted} 处检查错误`]);
    await reviewCatalogVersion(await world.staff('fuhe'), { versionId, decision: 'return', comment: '请补充事项' });
    await addCatalogItem(bianji, { versionId, item: noChannelItem('37') });
    await submitCatalogVersion(bianji, { versionId, lintReason: '来源目录原有的检查错误，下一版统一更正' });
    const resubmitted = await errorsOf(versionId, '中卫市医疗保障局');
    assert.ok(resubmitted > submitted, 'the added item lacks a channel');
    assert.deepEqual((await rootLines()).find(([name]) => name === '中卫市医疗保障局'), ['中卫市医疗保障局', `正在修订的目录第2版有 ${resubmitted} 处检查错误`]);
  });
});
