import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dawukouAsWritten, DAWUKOU_COLUMNS, parsedGolden, publishedView } from '../helpers/sourceLayoutFixtures.ts';
import type { CatalogDocument, SourceColumn } from '../../src/domain/catalog/catalog.ts';
import { presentCatalogPublic, presentItemPublic } from '../../src/web/public/presenters.ts';
import { presentDocumentTable } from '../../src/web/admin/presenters.ts';
import { CatalogTable } from '../../src/web/public/views/catalogTable.tsx';
import { headerRows } from '../../src/web/public/views/catalogTableHead.tsx';
import { ItemFieldList } from '../../src/web/public/views/itemPage.tsx';
import { tableColumns } from '../../src/domain/catalog/tableColumns.ts';
import { SummaryLinesBlock } from '../../src/web/public/views/summaryLines.tsx';

const AGENCY = { id: 'a1', name: '大武口区医疗保障局', regionId: 'r1', regionPath: ['r1'], regionNames: ['宁夏回族自治区'], code: null };

const html = (doc: CatalogDocument) => (<CatalogTable catalog={presentCatalogPublic(AGENCY, publishedView(doc))} />).toString();
const headTexts = (markup: string) => [...markup.matchAll(/<th scope="col(?:group)?"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]);

describe('a catalog table in its source\'s columns', () => {
  it('shows exactly the source\'s columns with their headers as written: no 公开方式 or 备注 the source lacks', () => {
    const markup = html(dawukouAsWritten());
    assert.deepEqual(headTexts(markup), ['序号', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '一级事项', '二级事项', '全社会', '特定群体']);
    assert.ok(!markup.includes('公开方式') && !markup.includes('备注') && !markup.includes('五公开'));
    assert.ok(!markup.includes('data-field="mode"'));
  });

  it('keeps a 备注 and a 五公开 column the source has even where no row fills them', () => {
    const doc = parsedGolden('002_b92ae7b28fe97c0b');
    const columns: SourceColumn[] = [
      ...DAWUKOU_COLUMNS.slice(0, 8),
      { field: 'mode', label: '公开方式', group: null, parts: ['主动公开', '依申请'] },
      { field: 'fiveTypes', label: '所属“五公开”类型', group: null, parts: ['决策', '执行', '管理', '服务', '结果'] },
      { field: 'column', label: '网站所属栏目', group: null, parts: null },
      { field: 'remarks', label: '备注', group: null, parts: null },
    ];
    const markup = html({ ...doc, columns });
    assert.deepEqual(headTexts(markup), [
      '序号', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开方式', '所属“五公开”类型', '网站所属栏目', '备注',
      '一级事项', '二级事项', '主动公开', '依申请', '决策', '执行', '管理', '服务', '结果',
    ]);
    assert.equal((markup.match(/data-field="remarks"/g) ?? []).length, doc.items.length + 1);
    assert.equal((markup.match(/data-field="fiveTypes" data-part="结果"/g) ?? []).length, doc.items.length + 1);
    assert.ok(!markup.includes('全社会'), 'no 公开对象 column the source lacks');
  });

  it('group headers span their columns; sub-columns sit on the last header row', () => {
    const rows = headerRows(tableColumns(DAWUKOU_COLUMNS, []), '操作');
    assert.equal(rows.length, 2);
    const group = rows[0]!.find((cell) => cell.text === '公开事项')!;
    assert.equal(group.colspan, 2);
    assert.equal(rows[0]!.find((cell) => cell.text === '公开对象')!.colspan, 2);
    assert.equal(rows[0]!.find((cell) => cell.text === '序号')!.rowspan, 2);
    assert.deepEqual(rows[1]!.map((cell) => cell.text), ['一级事项', '二级事项', '全社会', '特定群体']);
    assert.equal(rows[0]!.at(-1)!.text, '操作');
  });

  it('prints the 序号 and the channel labels as written, counting the channel by its standard name', () => {
    const view = publishedView(dawukouAsWritten());
    const markup = html(dawukouAsWritten());
    assert.match(markup, /<td class="cell-seq" data-field="seq">（一）<\/td>/);
    assert.ok(markup.includes('■部门网站'));
    assert.equal((markup.match(/■部门网站/g) ?? []).length, 1);
    const item = presentItemPublic(view.items[6]!);
    assert.deepEqual(item.channels.filter((channel) => channel.ticked).map((channel) => [channel.name, channel.label]), [['政府网站', '部门网站']]);
  });

  it('a sub-column written 特定全体 or 依申请 stands for 特定群体 and 依申请公开', () => {
    const columns = tableColumns([{ field: 'audience', label: '公开对象', parts: ['全社 会', '特定 全体'] }, { field: 'mode', label: '公开方式', parts: ['主动', '依 申 请'] }], []);
    assert.deepEqual(columns.map((column) => column.parts!.map((part) => part.value)), [['全社会', '特定群体'], ['主动公开', '依申请公开']]);
    assert.deepEqual(columns.map((column) => column.parts!.map((part) => part.label)), [['全社 会', '特定 全体'], ['主动', '依 申 请']]);
  });
});

describe('a catalog\'s title, header lines and summary line as written', () => {
  it('never invents a title, shows the header lines and the declared line beside the computed one', () => {
    const doc = { ...dawukouAsWritten(), title: null };
    const catalog = presentCatalogPublic(AGENCY, publishedView(doc));
    assert.equal(catalog.title, null);
    assert.deepEqual(catalog.headerLines, ['填报单位：大武口区医疗保障局']);
    assert.equal(catalog.summary.declared, '政府信息：主动公开一级事项8项，二级事项20项');
    assert.equal(catalog.summary.computed, '主动公开一级事项8项，二级事项19项；依申请公开二级事项0项');
    assert.deepEqual(catalog.summary.differences, ['写明主动公开二级事项20项，按事项计算为19项']);
  });

  it('a source without header lines or a summary line gets none; the national form keeps its sign-off block', () => {
    const bare = presentCatalogPublic(AGENCY, publishedView({ ...dawukouAsWritten(), headerLines: null, declaredText: null, declared: null }));
    assert.deepEqual(bare.headerLines, []);
    assert.equal(bare.summary.declared, null);
    assert.deepEqual(bare.summary.differences, []);
    const national = presentCatalogPublic(AGENCY, publishedView(parsedGolden()));
    assert.equal(national.headerLines, null);
    assert.equal(national.title, '中卫市医疗保障局政务公开清单目录');
  });

  it('the summary block: the line as written, the computed one and the numbers that differ; the national form\'s line alone when all agree', () => {
    const block = (summary: Parameters<typeof SummaryLinesBlock>[0]['summary'], sourceLayout: boolean) => (<SummaryLinesBlock summary={summary} sourceLayout={sourceLayout} />).toString();
    const computed = '主动公开一级事项8项，二级事项19项；依申请公开二级事项0项';
    assert.equal(block({ declared: null, computed, differences: [] }, false), `<p class="summary-line">${computed}</p>`);
    const written = block({ declared: '政府信息：主动公开20项', computed, differences: ['写明主动公开事项20项，按事项计算为19项'] }, true);
    assert.match(written, /<p class="summary-line">政府信息：主动公开20项<\/p><p class="summary-computed">按目录事项计算：主动公开一级事项8项/);
    assert.match(written, /<p class="summary-mismatch" role="note">目录写明的统计与事项不一致：写明主动公开事项20项，按事项计算为19项<\/p>/);
    const numbersOnly = block({ declared: null, computed, differences: ['写明主动公开二级事项20项，按事项计算为19项'] }, false);
    assert.ok(!numbersOnly.includes('class="summary-line"') && numbersOnly.includes('summary-mismatch'));
    assert.ok(!block({ declared: null, computed, differences: [] }, true).includes('class="summary-line"'), 'a source without a line gets none');
  });

  it('a catalog without columns shows the national form\'s columns as before', () => {
    const doc = parsedGolden();
    const markup = html(doc);
    assert.deepEqual(headTexts(markup), ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '全社会', '特定群体', '主动', '依申请']);
    const table = presentDocumentTable(doc);
    assert.deepEqual(table.columns.map((column) => column.field), ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience', 'mode']);
  });

  it('the item page lists exactly the source\'s fields under their labels as written', () => {
    const view = publishedView(dawukouAsWritten());
    const item = presentItemPublic(view.items[0]!);
    const markup = (<ItemFieldList item={item} columns={tableColumns(DAWUKOU_COLUMNS, view.items)} />).toString();
    const labels = [...markup.matchAll(/<dt>([^<]*)<\/dt>/g)].map((match) => match[1]);
    assert.deepEqual(labels, DAWUKOU_COLUMNS.map((column) => column.label));
    assert.match(markup, /<dt>序号<\/dt><dd>（一）<\/dd>/);
    assert.match(markup, /<dt>公开对象<\/dt><dd>全社会<\/dd>/);
  });
});
