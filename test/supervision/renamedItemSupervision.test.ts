import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld } from '../documents/documentFixtures.ts';
import { FILES, lateUnderFiles, RENAMED, renameItem } from '../documents/renamedItemFixtures.ts';
import { agencyObligations } from '../../src/app/supervision/agencyObligations.ts';
import { computeAgencySupervision } from '../../src/app/supervision/agencySupervisionRow.ts';
import type { AppContext } from '../../src/app/context.ts';

const TWENTY_DAYS = '形成或者变更之日起20个工作日内';
/** The statements a use case sends that read a catalog version's items. */
async function itemReads<T>(ctx: AppContext, run: (ctx: AppContext) => Promise<T>): Promise<number> {
  let count = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      if (/from "catalog_items" where "version_id" = /.test(ctx.db.getExecutor().compileQuery(args.node, args.queryId).sql)) count += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run({ ...ctx, db: ctx.db.withPlugin(counter) });
  return count;
}

describeEachEngine('supervision of a renamed item (issue 12: documents counted by the item\'s key)', (open) => {
  it('keeps counting the documents filed under the item\'s former name: its late document, its column\'s publications', async () => {
    const world = await documentWorld(await open());
    await lateUnderFiles(world, TWENTY_DAYS);
    world.clock.advanceMinutes(24 * 60);
    await renameItem(world, FILES.level2, RENAMED);
    const obligations = await agencyObligations(world.editor, { agencyId: world.agencyId });
    const renamed = obligations.items.find((item) => item.level2 === RENAMED)!;
    assert.equal(renamed.documentCount, 1, 'the document filed under 部门文件 is the renamed item\'s');
    assert.deepEqual(renamed.findings.map((f) => f.kind), ['late']);
    assert.equal(obligations.counts.late, 1);

    const { row, readiness } = await computeAgencySupervision(world.editor, world.agencyId);
    assert.equal(row.catalog.versionNumber, 3, 'the golden catalog, the two-item one, the renaming one');
    assert.deepEqual(row.items, obligations.counts);
    assert.deepEqual(readiness.findings.filter((f) => f.where.includes(RENAMED)).map((f) => f.message), [], 'its column is not blank: it has a document');
    assert.ok(readiness.findings.some((f) => f.ruleId === 'columns.blank' && f.where.includes('机构信息')), 'the item without documents still is');
  });

  it('reads the published catalog\'s items once for a whole supervision line', async () => {
    const world = await documentWorld(await open());
    await lateUnderFiles(world, TWENTY_DAYS);
    assert.equal(await itemReads(world.editor, (ctx) => computeAgencySupervision(ctx, world.agencyId)), 1);
  });
});
