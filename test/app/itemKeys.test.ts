import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion, getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { addCatalogItem } from '../../src/app/catalog/addCatalogItem.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';

type GoldenItem = { level1: string; level2: string | null; content: string | null };
const editorOf = (agencyId: string): Actor => ({ id: 'u-editor', name: '伊玉红', roles: ['editor'], agencyId, regionId: null });

describeEachEngine('item keys (issue 12: stable items)', (open) => {
  it('gives every item a short URL-safe key, copies the keys into a draft, keeps them on edit and gives an added item a new one', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog(), { publish: true });
    const published = (await getPublishedCatalog(engine.db, agencyId))!;
    const keys = published.items.map((item) => item.itemKey);
    assert.ok(keys.every((key) => /^[a-z2-7]{10}$/.test(key)), keys.join(' '));
    assert.equal(new Set(keys).size, keys.length);

    const editor = contextFor(engine, editorOf(agencyId));
    const { versionId } = await startDraft(editor, agencyId);
    const draft = (await getCatalogVersion(engine.db, versionId))!;
    assert.deepEqual(draft.items.map((item) => item.itemKey), keys);
    const first = draft.items[0]!;
    await updateCatalogItem(editor, { itemId: first.id, item: { ...first, level2: '机构职能', content: '机构名称、职能' } });
    const { itemId } = await addCatalogItem(editor, { versionId, item: { ...first, level2: '新增事项' } });
    const after = (await getCatalogVersion(engine.db, versionId))!;
    assert.equal(after.items.find((item) => item.id === first.id)?.itemKey, keys[0]);
    const added = after.items.find((item) => item.id === itemId)!.itemKey;
    assert.ok(!keys.includes(added));
  });

  it('keeps the keys of matching items when a catalog file is loaded again (exact names, else the 二级事项 alone)', async () => {
    const engine = await open();
    const admin = contextFor(engine);
    const { agencyId } = await loadCatalog(admin, goldenCatalog(), { publish: true });
    const before = (await getPublishedCatalog(engine.db, agencyId))!.items;
    const changed = goldenCatalog() as { items: GoldenItem[] };
    changed.items[0]!.level1 = '机构概况';
    changed.items[1]!.level2 = '领导班子成员';
    changed.items[2]!.content = '下属单位名称、地址';
    await loadCatalog(admin, changed, { publish: true });
    const after = (await getPublishedCatalog(engine.db, agencyId))!.items;
    assert.equal(after[0]!.itemKey, before[0]!.itemKey, 'moved under another 一级事项: matched by its 二级事项');
    assert.ok(!before.some((item) => item.itemKey === after[1]!.itemKey), 'renamed outright: a new item');
    assert.deepEqual(after.slice(2).map((item) => item.itemKey), before.slice(2).map((item) => item.itemKey));

    const { versionId } = await loadCatalog(admin, goldenCatalog(), { publish: false });
    const reimported = (await getCatalogVersion(engine.db, versionId))!.items;
    assert.deepEqual(reimported.slice(2).map((item) => item.itemKey), before.slice(2).map((item) => item.itemKey), 'a draft import matches the published version');
  });
});
