import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion, getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { startDraft } from '../../src/app/catalog/startDraft.ts';
import { updateCatalogItem } from '../../src/app/catalog/updateCatalogItem.ts';
import { toCatalogDocument } from '../../src/domain/catalog/toDocument.ts';
import { catalogToJson } from '../../src/exporters/json.ts';
import { DAWUKOU_COLUMNS, dawukouAsWritten } from '../helpers/sourceLayoutFixtures.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';

const editorOf = (agencyId: string): Actor => ({ id: 'u-editor', name: '编辑', roles: ['editor'], agencyId, regionId: null });

describeEachEngine('a catalog as its source writes it (migration 0015)', (open) => {
  it('stores and reads back the columns, summary line, header lines, 序号 and channel labels as written', async () => {
    const engine = await open();
    const written = dawukouAsWritten();
    const { agencyId } = await loadCatalog(contextFor(engine), written, { publish: true });
    const view = (await getPublishedCatalog(engine.db, agencyId))!;
    assert.deepEqual(view.version.columns, DAWUKOU_COLUMNS);
    assert.equal(view.version.declaredText, written.declaredText);
    assert.deepEqual(view.version.headerLines, written.headerLines);
    assert.equal(view.items[0]!.seqLabel, '（一）');
    assert.deepEqual(view.items[6]!.channelLabels, { 政府网站: '部门网站' });
    assert.deepEqual(view.items[6]!.channels, ['政府网站'], 'counted by the standard name');
    assert.equal(view.items[1]!.seqLabel, undefined);
    assert.equal(view.items[1]!.channelLabels, undefined);

    const json = catalogToJson(toCatalogDocument(view, '大武口区医疗保障局'));
    assert.deepEqual(json.columns, DAWUKOU_COLUMNS);
    assert.equal(json.declaredText, written.declaredText);
    assert.deepEqual(json.headerLines, written.headerLines);
    assert.deepEqual(json.items[6]!.channelLabels, { 政府网站: '部门网站' });
    assert.equal(json.items[0]!.seqLabel, '（一）');
    assert.deepEqual(json.declared, { proactiveLevel1: 8, proactiveLevel2: 19, onRequestLevel2: 0, proactive: null, onRequest: null }, 'SCHEMA.md: the computed line');
  });

  it('a catalog in the national form keeps none of them', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), goldenCatalog(), { publish: true });
    const view = (await getPublishedCatalog(engine.db, agencyId))!;
    assert.equal(view.version.columns, null);
    assert.equal(view.version.declaredText, null);
    assert.equal(view.version.headerLines, null);
    const json = catalogToJson(toCatalogDocument(view, '中卫市医疗保障局'));
    assert.ok(!('columns' in json) && !('declaredText' in json) && !('headerLines' in json));
    assert.ok(json.items.every((item) => !('seqLabel' in item) && !('channelLabels' in item)));
  });

  it('a new draft keeps the layout and the labels; an edit keeps a channel label while the channel stays ticked', async () => {
    const engine = await open();
    const { agencyId } = await loadCatalog(contextFor(engine), dawukouAsWritten(), { publish: true });
    const editor = contextFor(engine, editorOf(agencyId));
    const { versionId } = await startDraft(editor, agencyId);
    const draft = (await getCatalogVersion(engine.db, versionId))!;
    assert.deepEqual(draft.version.columns, DAWUKOU_COLUMNS);
    assert.deepEqual(draft.version.headerLines, ['填报单位：大武口区医疗保障局']);
    assert.equal(draft.version.declaredText, null, 'the line as written belongs to the file; a draft states the computed one');
    assert.equal(draft.items[0]!.seqLabel, '（一）');
    assert.deepEqual(draft.items[6]!.channelLabels, { 政府网站: '部门网站' });

    const labelled = draft.items[6]!;
    const { channelLabels: _labels, seqLabel: _seq, ...formItem } = labelled;
    await updateCatalogItem(editor, { itemId: labelled.id, item: { ...formItem, content: '本单位政府信息公开制度（修订）' } });
    await updateCatalogItem(editor, { itemId: draft.items[0]!.id, item: { ...draft.items[0]!, seqLabel: undefined, content: '办公地址、办公电话' } });
    let after = (await getCatalogVersion(engine.db, versionId))!;
    assert.deepEqual(after.items[6]!.channelLabels, { 政府网站: '部门网站' }, 'still ticked: still 部门网站');
    assert.equal(after.items[0]!.seqLabel, '（一）', 'same 序号: printed as before');

    await updateCatalogItem(editor, { itemId: labelled.id, item: { ...formItem, channels: ['两微一端'] } });
    await updateCatalogItem(editor, { itemId: draft.items[0]!.id, item: { ...draft.items[0]!, seq: '9' } });
    after = (await getCatalogVersion(engine.db, versionId))!;
    assert.equal(after.items[6]!.channelLabels, undefined, 'unticked: its label goes with it');
    assert.equal(after.items[0]!.seqLabel, undefined, 'a new 序号 is printed as typed');
  });
});
