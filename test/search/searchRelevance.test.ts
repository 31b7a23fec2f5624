import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import { describeEachEngine } from '../helpers/databases.ts';
import { completeInput, documentWorld, ITEM, publishNew, type DocumentWorld } from '../documents/documentFixtures.ts';
import { searchDocuments } from '../../src/app/documents/searchDocuments.ts';
import { searchCatalog, searchSuggestions } from '../../src/app/search/searchCatalog.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { addAttachment } from '../../src/app/documents/addAttachment.ts';
import { submitDocument, reviewDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { confirmSecrecyReview } from '../../src/app/documents/confirmSecrecyReview.ts';
import { approveDocument } from '../../src/app/documents/approveDocument.ts';

/** A spreadsheet whose cells split words: 异地 | 就医 | 备案 in one row, 门诊慢特 | 病 in the next. */
async function splitCells(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办理');
  sheet.addRow(['事项', '异地', '就医', '备案']).commit();
  sheet.addRow(['门诊慢特', '病', '待遇']).commit();
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function publishWithAttachment(world: DocumentWorld, title: string, bytes: Uint8Array) {
  const input = completeInput({ title, keywords: '', summary: '见附件', documentNumber: '' });
  const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...input, bodyHtml: '<p>详见附件。</p>', items: [ITEM] });
  await addAttachment(world.editor, { documentId, fileName: '附件.xlsx', bytes }, world.files);
  await submitDocument(world.editor, { documentId });
  await reviewDocument(world.reviewer, { documentId, decision: 'pass' });
  await confirmSecrecyReview(world.reviewer, { documentId, note: '经审查不涉密' });
  await approveDocument(world.approver, { documentId, decision: 'approve' });
  return documentId;
}

const plain = { keywords: '', summary: '见正文', documentNumber: '' };

describeEachEngine('search relevance', (open) => {
  it('finds a long natural query whose words are all in a document, though not as one phrase', async () => {
    const world = await documentWorld(await open());
    const notice = await publishNew(world, { ...plain, title: '关于调整城乡居民基本医疗保险门诊用药报销政策的通知' }, '<p>门诊药品目录内的药品，报销比例提高。</p>');
    await publishNew(world, { ...plain, title: '职工基本医疗保险门诊政策' }, '<p>职工门诊。</p>');
    const found = await searchDocuments(world.engine.db, { query: '城乡居民基本医疗保险门诊药品报销政策调整通知' });
    assert.deepEqual(found.results.map((r) => r.id), [notice.documentId]);
    assert.equal(found.partial, false);
  });

  it('ranks the whole query in a title first, then field weights and a phrase in the text, then date', async () => {
    const world = await documentWorld(await open());
    const ids = async (query: string) => (await searchDocuments(world.engine.db, { query })).results.map((r) => r.id);
    const titlePhrase = (await publishNew(world, { ...plain, title: '药品报销政策解读', formedOn: '2026-01-05' }, '<p>解读。</p>')).documentId;
    const scattered = (await publishNew(world, { ...plain, title: '通知' }, '<p>药品目录调整。参保人员报销时，按照本地政策执行，不再另行规定的，一律按原办法办理。</p>')).documentId;
    const bodyPhrase = (await publishNew(world, { ...plain, title: '公告' }, '<p>本次明确了药品报销政策。</p>')).documentId;
    const titleWords = (await publishNew(world, { ...plain, title: '关于药品和报销的政策' }, '<p>详见正文。</p>')).documentId;
    assert.deepEqual(await ids('药品报销政策'), [titlePhrase, titleWords, bodyPhrase, scattered]);
  });

  it('puts the document whose 文号 is the query as typed first, before newer near-namesakes', async () => {
    const world = await documentWorld(await open());
    const two = (await publishNew(world, { ...plain, title: '关于门诊报销的通知', documentNumber: '卫医保发〔2026〕2号' })).documentId;
    await publishNew(world, { ...plain, title: '关于住院报销的通知', documentNumber: '卫医保发〔2026〕12号' });
    await publishNew(world, { ...plain, title: '关于医保2026年2号文件执行情况的通知', documentNumber: '卫医保发〔2026〕22号' });
    const found = await searchDocuments(world.engine.db, { query: '卫医保发〔2026〕2号' });
    assert.equal(found.results[0]!.id, two);
  });

  it('offers the best partial matches and names the missing words', async () => {
    const world = await documentWorld(await open());
    const a = (await publishNew(world, { ...plain, title: '门诊报销比例调整' }, '<p>门诊报销。</p>')).documentId;
    const found = await searchDocuments(world.engine.db, { query: '门诊报销 火星基地' });
    assert.equal(found.partial, true);
    assert.deepEqual(found.results.map((r) => [r.id, r.missing]), [[a, ['火星基地']]]);
    assert.equal((await searchDocuments(world.engine.db, { query: '门诊报销' })).results[0]!.missing.length, 0);
  });

  it('applies the field synonyms to queries', async () => {
    const world = await documentWorld(await open());
    const a = (await publishNew(world, { ...plain, title: '异地就诊直接结算通知' }, '<p>门诊慢性病特殊病纳入结算。</p>')).documentId;
    const b = (await publishNew(world, { ...plain, title: '城乡居民基本医疗保险缴费标准' }, '<p>缴费。</p>')).documentId;
    const ids = async (query: string) => (await searchDocuments(world.engine.db, { query })).results.map((r) => r.id);
    assert.deepEqual(await ids('异地就医'), [a]);
    assert.deepEqual(await ids('慢特病 异地就医'), [a]);
    assert.deepEqual(await ids('城乡居民医保缴费'), [b]);
    const hit = (await searchDocuments(world.engine.db, { query: '异地就医' })).results[0]!;
    assert.match(hit.titleHtml, /<mark>异地就诊<\/mark>/);
  });

  it('finds words split by table cells and line wraps in attachments and bodies', async () => {
    const world = await documentWorld(await open());
    const sheet = await publishWithAttachment(world, '办理事项一览', await splitCells());
    const wrapped = (await publishNew(world, { ...plain, title: '说明' }, '<p>参保人员办理异地</p><p>就医手续。PDF 下载</p>')).documentId;
    const ids = async (query: string) => (await searchDocuments(world.engine.db, { query })).results.map((r) => r.id).sort();
    assert.deepEqual(await ids('异地就医备案'), [sheet]);
    assert.deepEqual(await ids('门诊慢特病'), [sheet]);
    assert.deepEqual(await ids('异地就医'), [sheet, wrapped].sort());
    assert.deepEqual(await ids('pdf'), [wrapped], 'latin words stay apart');
  });

  it('finds catalog items and agencies beside documents, and suggests the closest name when nothing matches', async () => {
    const world = await documentWorld(await open());
    const items = await searchCatalog(world.engine.db, '异地就医备案流程');
    assert.equal(items.items[0]?.url.startsWith(`/agencies/${world.agencyId}/items/`), true);
    assert.match(items.items[0]!.labelHtml, /<mark>异地就医<\/mark><mark>备案<\/mark>|<mark>异地就医备案<\/mark>/);
    assert.deepEqual(items.items[0]!.missing, ['流程']);
    const byContent = await searchCatalog(world.engine.db, '异地备案审批表');
    assert.match(byContent.items[0]!.labelHtml.replace(/<\/?mark>/g, ''), /异地就医备案/);
    const agencies = await searchCatalog(world.engine.db, '中卫 医保局 公开指南');
    assert.deepEqual(agencies.agencies.map((a) => [a.url, a.guideUrl]), [[`/agencies/${world.agencyId}`, `/agencies/${world.agencyId}/guide`]]);
    assert.deepEqual((await searchDocuments(world.engine.db, { query: '异地就以备案' })).results, []);
    const suggestions = await searchSuggestions(world.engine.db, '异地就以备案');
    assert.ok(suggestions.some((s) => s.label.includes('异地就医备案')), JSON.stringify(suggestions));
  });
});
