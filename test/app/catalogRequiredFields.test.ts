import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { addCatalogItem } from '../../src/app/catalog/addCatalogItem.ts';
import { lintCatalog } from '../../src/domain/catalog/lint.ts';
import { parseCatalogDocument } from '../../src/domain/catalog/catalogSchema.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

const GOLDEN = ['000_16624d944bb0d70d', '001_4d728002a9a631f9', '002_b92ae7b28fe97c0b', '003_d1b07a4c651a3051', '004_10e874960aa90f81'];
const editorOf = (agencyId: string): Actor => ({ id: 'u-editor', name: '伊玉红', roles: ['editor'], agencyId, regionId: null });

describeEachEngine('required 二级事项 and 公开内容 (issue 12 deliverable 5)', (open) => {
  it('refuses an item saved by staff with an empty 二级事项 or 公开内容, naming the field in Chinese', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog(), { publish: true });
    const editor = contextFor(engine, editorOf(agencyId));
    const { versionId } = await startDraft(editor, agencyId);
    const before = (await getCatalogVersion(engine.db, versionId))!;
    const first = before.items[0]!;
    await assert.rejects(updateCatalogItem(editor, { itemId: first.id, item: { ...first, level2: '  ' } }), (e: DomainError) => {
      assert.equal(e.code, 'validation.failed');
      assert.equal(e.message, '事项内容有误：二级事项为必填项');
      assert.deepEqual(e.issues, [{ path: 'level2', message: '二级事项为必填项' }]);
      return true;
    });
    await assert.rejects(addCatalogItem(editor, { versionId, item: { ...first, id: undefined, level2: null, content: '' } }), (e: DomainError) => {
      assert.equal(e.message, '事项内容有误：二级事项为必填项，公开内容为必填项');
      assert.deepEqual(e.issues.map((issue) => issue.path), ['level2', 'content']);
      return true;
    });
    const after = (await getCatalogVersion(engine.db, versionId))!;
    assert.equal(after.items.length, before.items.length);
    assert.equal(after.items[0]!.level2, first.level2, 'nothing half-written');
    await updateCatalogItem(editor, { itemId: first.id, item: { ...first, content: '机构名称、办公地址' } });
  });

  it('still imports every golden catalog, and one whose 一级事项 has no 二级事项, which lint then reports as an error', async () => {
    const engine = await open();
    for (const name of GOLDEN) await loadCatalog(contextFor(engine), goldenCatalog(name), { publish: false });
    const doc = goldenCatalog('002_b92ae7b28fe97c0b') as { agency: string; items: { level2: string | null; content: string | null }[] };
    doc.agency = '中卫市测试局';
    doc.items[0]!.level2 = null;
    doc.items[1]!.content = null;
    const loaded = await loadCatalog(contextFor(engine), doc, { publish: false });
    const stored = (await getCatalogVersion(engine.db, loaded.versionId))!;
    assert.equal(stored.items[0]!.level2, null);
    const rules = lintCatalog(parseCatalogDocument(doc)).filter((f) => f.severity === 'error').map((f) => [f.rule, f.item?.index]);
    assert.deepEqual(rules.filter(([rule]) => rule === 'no_level2' || rule === 'no_content'), [['no_level2', 0], ['no_content', 1]]);
  });
});
