import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { documentWorld, ITEM, publishNew } from '../documents/documentFixtures.ts';
import { FILES, lateUnderFiles, RENAMED, renameItem } from '../documents/renamedItemFixtures.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';

const FIVE_DAYS = '形成或者变更之日起5个工作日内';

describeEachEngine('search within a renamed item (issue 12: the item by its key, through every name it had)', (open) => {
  it('finds the documents filed under the item\'s former name and under its new one, and none of another item', async () => {
    const world = await documentWorld(await open());
    const before = await lateUnderFiles(world, FIVE_DAYS);
    const other = await publishNew(world, { title: '机构信息里的部门文件说明' }, undefined, [ITEM]);
    await renameItem(world, FILES.level2, RENAMED);
    const after = await publishNew(world, { title: '改名后的部门文件' }, undefined, [{ level1: FILES.level1, level2: RENAMED }]);
    const items = (await getPublishedCatalog(world.engine.db, world.agencyId))!.items;
    const renamed = items.find((item) => item.level2 === RENAMED)!;
    const within = async (itemKey: string, query = '部门文件') =>
      (await searchDocuments(world.engine.db, { query, agencyId: world.agencyId, item: { agencyId: world.agencyId, itemKey } })).results.map((r) => r.id).sort();

    assert.deepEqual((await within('no-such-key')), [], 'a key no published item has finds nothing, not the whole agency');
    assert.deepEqual(await within(renamed.itemKey), [before.documentId, after.documentId].sort(), 'the former name\'s document is still within the item');
    assert.deepEqual(await within(items.find((item) => item.level2 === ITEM.level2)!.itemKey), [other.documentId], 'the other item keeps only its own');
    assert.deepEqual(await within(renamed.itemKey, '迟发'), [before.documentId]);
  });
});
