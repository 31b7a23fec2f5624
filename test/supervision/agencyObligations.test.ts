import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { documentWorld, publishNew, type DocumentWorld } from '../documents/documentFixtures.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { agencyScope } from '../../src/app/agencies/getAgency.ts';
import { agencyObligations } from '../../src/app/supervision/agencyObligations.ts';
import { withdrawDocument } from '../../src/app/documents/withdrawDocument.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { isDomainError } from '../../src/domain/shared/errors.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { KyselyPlugin } from 'kysely';
import { listDeadlinesFor } from '../../src/storage/repositories/deadline.repository.ts';
import { itemPublicationStatus } from '../../src/app/documents/itemPublicationStatus.ts';

/** The number of statements a use case sends, whatever it reads. */
async function countQueries<T>(ctx: AppContext, run: (ctx: AppContext) => Promise<T>): Promise<number> {
  let count = 0;
  const counter: KyselyPlugin = { transformQuery: (args) => ((count += 1), args.node), transformResult: async (args) => args.result };
  await run({ ...ctx, db: ctx.db.withPlugin(counter) });
  return count;
}

const TWENTY_DAYS = '形成或者变更之日起20个工作日内';
const ORGAN = { level1: '概况信息', level2: '机构信息' };
const FILES = { level1: '基本信息', level2: '部门文件' };
const NEWS = { level1: '基本信息', level2: '工作动态' };
const READING = { level1: '基本信息', level2: '政策解读' };

/** The 中卫 catalog cut to four items, one of each kind of obligation, published on 2026-03-02. */
async function obligationWorld(world: DocumentWorld) {
  const golden = goldenCatalog() as { items: CatalogItem[] };
  const base = golden.items[0]!;
  const items = [[ORGAN, TWENTY_DAYS], [FILES, TWENTY_DAYS], [NEWS, '每季度'], [READING, '即时公开']].map(([key, timeLimit], i) =>
    ({ ...base, ...(key as object), seq: String(i + 1), timeLimit }));
  await loadCatalog(world.admin, { ...golden, declared: null, items }, { publish: true });
}

const summary = (result: Awaited<ReturnType<typeof agencyObligations>>) => result.items.map((i) => [i.level2, i.kind, i.status, i.findings.map((f) => f.kind).join(',')]);

describeEachEngine('agency obligations', (open) => {
  it('shows exactly the late document and, once the quarter passed on the test clock, the blank periodic item', async () => {
    const world = await documentWorld(await open());
    await obligationWorld(world);
    await publishNew(world, { formedOn: '2026-02-25', title: '机构职能调整' }, undefined, [ORGAN]);
    await publishNew(world, { formedOn: '2026-01-05', title: '迟发的部门文件' }, undefined, [FILES]);
    await publishNew(world, { formedOn: '2026-02-27', title: '一季度工作动态' }, undefined, [NEWS]);

    const inMarch = await agencyObligations(world.editor, { agencyId: world.agencyId });
    assert.equal(inMarch.since, '2026-03-02');
    assert.deepEqual(summary(inMarch), [
      ['机构信息', 'standing', 'ok', ''],
      ['部门文件', 'event', 'late', 'late'],
      ['工作动态', 'periodic', 'ok', ''],
      ['政策解读', 'vague', 'vague', 'vague'],
    ]);
    const late = inMarch.items[1]!.findings[0]!;
    assert.ok(late.kind === 'late');
    assert.deepEqual(late.documents.map((d) => [d.title, d.dueDate, d.publishedOn]), [['迟发的部门文件', '2026-02-02', '2026-03-02']]);
    assert.ok(late.documents[0]!.workingDaysLate > 10);
    assert.deepEqual(inMarch.counts, { blank: 0, late: 1, stale: 0, vague: 1, ok: 2 });

    world.clock.advanceMinutes(121 * 24 * 60); // 2026-07-01: the second quarter has ended.
    const inJuly = await agencyObligations(world.editor, { agencyId: world.agencyId });
    assert.equal(inJuly.today, '2026-07-01');
    assert.deepEqual(summary(inJuly), [
      ['机构信息', 'standing', 'ok', ''],
      ['部门文件', 'event', 'late', 'late'],
      ['工作动态', 'periodic', 'blank', 'blank'],
      ['政策解读', 'vague', 'vague', 'vague'],
    ]);
    const blank = inJuly.items[2]!.findings[0]!;
    assert.ok(blank.kind === 'blank');
    assert.deepEqual(blank.periods.map((p) => p.label), ['2026年第二季度']);
    assert.match(inJuly.items[2]!.explanation, /2026年第二季度（2026-04-01至2026-06-30）期间没有公开信息/);
    assert.deepEqual(inJuly.counts, { blank: 1, late: 1, stale: 0, vague: 1, ok: 1 });
  });

  it('does not count a withdrawn document, so its standing item becomes blank', async () => {
    const world = await documentWorld(await open());
    await obligationWorld(world);
    const { documentId } = await publishNew(world, { formedOn: '2026-02-25', title: '机构职能' }, undefined, [ORGAN]);
    await withdrawDocument(world.approver, { documentId, reason: '内容有误，撤回更正' });
    world.clock.advanceMinutes(60 * 24 * 60);
    const result = await agencyObligations(world.editor, { agencyId: world.agencyId });
    assert.equal(result.items[0]!.status, 'blank');
    assert.equal(result.items[0]!.documentCount, 0);
  });

  it('records 成文日期 + 20 working days for a document under a 即时公开 item, not a same-day deadline', async () => {
    const world = await documentWorld(await open());
    await obligationWorld(world);
    const { documentId } = await publishNew(world, { formedOn: '2026-02-25', title: '政策解读' }, undefined, [READING]);
    const [deadline] = await listDeadlinesFor(world.engine.db, 'document', documentId);
    assert.equal(deadline?.dueDate, '2026-03-24', '2026-02-25 + 20 working days, Saturday 2026-02-28 worked (春节调休)');
    const status = await itemPublicationStatus(world.editor, { agencyId: world.agencyId });
    assert.deepEqual(status.find((s) => s.level2 === READING.level2)?.late, []);
  });

  it('reads the documents of every item in one query, however many items the catalog has', async () => {
    const world = await documentWorld(await open());
    await publishNew(world, { formedOn: '2026-02-25', title: '机构职能' }, undefined, [ORGAN]);
    const read = (ctx: AppContext) => agencyObligations(ctx, { agencyId: world.agencyId });
    assert.equal((await read(world.editor)).items.length, 36);
    const withThirtySix = await countQueries(world.editor, read);
    await obligationWorld(world);
    assert.equal((await read(world.editor)).items.length, 4);
    assert.equal(await countQueries(world.editor, read), withThirtySix);
    assert.ok(withThirtySix <= 8, `${withThirtySix} queries`);
  });

  it('is open to the agency\'s staff and the region supervisors above it, and to nobody else', async () => {
    const world = await documentWorld(await open());
    await obligationWorld(world);
    const { regionPath } = await agencyScope(world.engine.db, world.agencyId);
    const supervisor = contextFor(world.engine, { id: 'u-sup', name: '监督员', roles: ['region_supervisor'], agencyId: null, regionId: regionPath[0]! }, world.clock);
    assert.equal((await agencyObligations(supervisor, { agencyId: world.agencyId })).items.length, 4);
    const stranger = contextFor(world.engine, { id: 'u-x', name: '他人', roles: ['editor'], agencyId: 'another-agency', regionId: null }, world.clock);
    await assert.rejects(agencyObligations(stranger, { agencyId: world.agencyId }), (e) => isDomainError(e) && e.code === 'forbidden');
    await assert.rejects(agencyObligations(world.editor, { agencyId: 'no-such-agency' }), (e) => isDomainError(e) && e.code === 'not_found');
  });
});
