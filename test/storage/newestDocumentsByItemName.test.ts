import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld, publishNew, ITEM } from '../documents/documentFixtures.ts';
import { newestDocumentsByItemName } from '../../src/storage/repositories/publishedDocument.repository.ts';
import { jsonTextMember } from '../../src/storage/dialect/jsonField.ts';

const OTHER = { level1: '基本信息', level2: '部门文件' };

describeEachEngine('newest documents per item name (法定主动公开内容)', (open) => {
  it('reads each document\'s 文号 in SQL, null where it has none, the newest first within each name', async () => {
    const world = await documentWorld(await open());
    const numbered = await publishNew(world, { title: '有文号的通知', documentNumber: '卫医保发〔2026〕3号' });
    world.clock.advanceMinutes(60);
    const plain = await publishNew(world, { title: '没有文号的工作动态', documentNumber: null }, undefined, [ITEM, OTHER]);
    const lines = await newestDocumentsByItemName(world.engine.db, world.agencyId, 5);
    const under = (name: { level2: string }) => lines.filter((line) => line.level2 === name.level2).map((line) => [line.documentId, line.title, line.documentNumber]);
    assert.deepEqual(under(ITEM), [[plain.documentId, '没有文号的工作动态', null], [numbered.documentId, '有文号的通知', '卫医保发〔2026〕3号']]);
    assert.deepEqual(under(OTHER), [[plain.documentId, '没有文号的工作动态', null]]);
    assert.deepEqual((await newestDocumentsByItemName(world.engine.db, world.agencyId, 1)).filter((line) => line.level2 === ITEM.level2).map((line) => line.title), ['没有文号的工作动态']);
  });

  it('reads one member of stored JSON text the same on both engines: text as written, null when JSON null or absent', async () => {
    const engine = await open();
    const stored = ['{"documentNumber":"宁政办发〔2026〕7号","title":"x"}', '{"documentNumber":null}', '{"title":"没有文号"}', '{"documentNumber":"引号\'与\\"号"}'];
    const rows = sql<{ at: number; content_json: string }>`(${sql.join(stored.map((json, at) => sql`select ${sql.lit(at)} as at, cast(${json} as text) as content_json`), sql` union all `)})`;
    const read = await engine.db
      .selectFrom(rows.as('t'))
      .select(['t.at', jsonTextMember(engine.db, 't.content_json', 'documentNumber').as('number')])
      .orderBy('t.at')
      .execute();
    assert.deepEqual(read.map((row) => row.number), ['宁政办发〔2026〕7号', null, null, '引号\'与"号']);
    assert.throws(() => jsonTextMember(engine.db, 't.content_json', "x') or 1=1 --"), /not a JSON member name/);
  });
});

