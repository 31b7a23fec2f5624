import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../src/importers/importCatalogText.ts';
import { interpretTable } from '../../src/importers/table/interpretTable.ts';
import { splitBasis } from '../../src/importers/table/basisSplitter.ts';
import { readChannels } from '../../src/importers/table/channelMarks.ts';
import { declaredSummary, isoDate } from '../../src/importers/table/headerBlock.ts';
import { parseCatalogDocument } from '../../src/domain/catalog/catalogSchema.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
// @ts-expect-error the official scorer is plain JavaScript without types
import { scoreCatalog } from '../../../shared/tools/score-catalog.mjs';

interface Score {
  hit: number;
  total: number;
  accuracy: number;
  extra: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const seeds = join(here, '../../../shared/seeds');
const golden = join(here, '../../../shared/golden');
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

describe('importText on the five seeds', () => {
  let hit = 0;
  let total = 0;
  for (const file of seedFiles) {
    it(`${file}: imports and scores at least 93% with no extra items`, () => {
      const { catalog } = importText(readFileSync(join(seeds, file)), { source: file });
      assert.doesNotThrow(() => parseCatalogDocument(JSON.parse(JSON.stringify(catalog))));
      const gold = JSON.parse(readFileSync(join(golden, `${basename(file, '.txt')}.json`), 'utf8'));
      const score = scoreCatalog(gold, catalog) as Score;
      hit += score.hit;
      total += score.total;
      assert.ok(score.accuracy >= 0.93, `${file}: ${(score.accuracy * 100).toFixed(1)}%`);
      assert.equal(score.extra, 0, `${file}: extra items`);
    });
  }
  it('scores at least 97% over all seeds', () => {
    assert.ok(total > 0);
    assert.ok(hit / total >= 0.97, `overall ${((hit / total) * 100).toFixed(1)}%`);
  });
});

describe('importText: encodings and bad input', () => {
  const sample = readFileSync(join(seeds, seedFiles[1]!), 'utf8');

  it('reads GBK/GB18030 text the same as UTF-8', async () => {
    // Node has a GB18030 decoder but no encoder: glibc's iconv (Debian's essential libc-bin) makes the GBK bytes.
    const { execFileSync } = await import('node:child_process');
    const gbBytes = new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: sample }));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbBytes));
    const fromGbk = importText(gbBytes).catalog;
    const fromUtf8 = importText(new TextEncoder().encode(sample)).catalog;
    assert.deepEqual(fromGbk, fromUtf8);
    assert.equal(fromGbk.agency, '固原市医疗保障局');
  });

  it('refuses empty input with a clear error', () => {
    assert.throws(() => importText(new Uint8Array()), (e: unknown) => e instanceof DomainError && e.code === 'import.unreadable' && /空/.test(e.message));
    assert.throws(() => importText(new TextEncoder().encode('  \n\n ')), (e: unknown) => e instanceof DomainError && e.code === 'import.unreadable');
  });

  it('refuses text without a catalog table (import.no_table, Chinese message)', () => {
    const junk = new TextEncoder().encode('会议纪要\n今天讨论了三件事。\n一、预算\n二、人员\n');
    assert.throws(() => importText(junk), (e: unknown) => e instanceof DomainError && e.code === 'import.no_table' && /表头|表格/.test(e.message));
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    assert.throws(() => importText(new Uint8Array([0xff, 0x00, 0x81, 0x20, 0xfe, 0xfe, 0x80])), (e: unknown) => e instanceof DomainError);
  });
});

describe('interpretTable: the national form', () => {
  const header1 = ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '备注'];
  const header2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', ''];
  const row = (cells: string[]) => cells.map((text) => ({ text }));

  it('reads two header rows, ticks, merged cells and the text before the table', () => {
    const { catalog } = interpretTable({
      before: ['某县民政局政务公开事项目录', '责任单位：某县民政局 填表人：张三 复核人：李四 审签人：王五 填表时间：2024年3月5日', '政府信息：主动公开一级事项1项，二级事项2项；依申请公开二级事项0项'],
      rows: [
        row(header1),
        row(header2),
        row(['1', '一、机构信息', '机构职能', '职责、内设机构', '1.《中华人民共和国政府信息公开条例》（国务院令第711号）2.《某某办法》', '形成或者变更之日起20个工作日内', '办公室', '■政府网站 □政府公报 ■其他（注明）：公示栏旁', '√', '', '√', '', '']),
        [{ text: '2' }, { text: '', mergedFromAbove: true }, { text: '领导信息' }, { text: '姓名、职务' }, { text: '', mergedFromAbove: true }, { text: '', mergedFromAbove: true }, { text: '办公室' }, { text: '☑政府网站' }, { text: '' }, { text: '√' }, { text: '√' }, { text: '' }, { text: '' }],
      ],
      after: [],
    });
    assert.equal(catalog.title, '某县民政局政务公开事项目录');
    assert.equal(catalog.agency, '某县民政局');
    assert.equal(catalog.preparedOn, '2024-03-05');
    assert.deepEqual(catalog.declared, { proactiveLevel1: 1, proactiveLevel2: 2, onRequestLevel2: 0, proactive: null, onRequest: null });
    const [a, b] = catalog.items;
    assert.equal(a!.level1, '机构信息');
    assert.deepEqual(a!.basis, ['《中华人民共和国政府信息公开条例》（国务院令第711号）', '《某某办法》']);
    assert.deepEqual(a!.channels, ['政府网站', '其他']);
    assert.deepEqual(a!.channelNotes, { 其他: '公示栏旁' });
    assert.deepEqual(a!.audience, ['全社会']);
    assert.deepEqual(a!.mode, ['主动公开']);
    assert.equal(b!.level1, '机构信息');
    assert.deepEqual(b!.basis, a!.basis);
    assert.equal(b!.timeLimit, a!.timeLimit);
    assert.deepEqual(b!.audience, ['特定群体']);
  });

  it('puts back cells that extraction shifted out of their column', () => {
    const { catalog } = interpretTable({
      before: [],
      rows: [
        row(header1),
        row(header2),
        // The 公开主体 cell is missing: the check-box list sits in its place.
        row(['1', '概况信息', '机构信息', '名称、地址', '《中华人民共和国政府信息公开条例》', '形成之日起20个工作日内', '■门户网站 □两微一端', '√', '', '', '√', '']),
      ],
      after: [],
    });
    const item = catalog.items[0]!;
    assert.equal(item.subject, null);
    assert.deepEqual(item.channels, ['政府网站']);
    assert.deepEqual(item.audience, ['全社会']);
    assert.deepEqual(item.mode, ['依申请公开']);
  });

  it('throws import.no_table without a header row', () => {
    assert.throws(() => interpretTable({ before: [], rows: [row(['a', 'b']), row(['c', 'd'])], after: [] }), (e: unknown) => e instanceof DomainError && e.code === 'import.no_table');
  });
});

describe('importer pieces', () => {
  it('splits 公开依据 at numbers and between titled documents', () => {
    assert.deepEqual(splitBasis('《预算法》《预算法实施条例（2020年）》'), ['《预算法》', '《预算法实施条例（2020年）》']);
    assert.deepEqual(splitBasis('根据《甲》（国办发〔2018〕10号）、《乙》（国办发〔2017〕97号）和《丙》'), ['根据《甲》（国办发〔2018〕10号）', '《乙》（国办发〔2017〕97号）', '《丙》']);
    assert.deepEqual(splitBasis('《中华人民共和国政府信息公开条例》及国家、自治区工作要点'), ['《中华人民共和国政府信息公开条例》及国家、自治区工作要点']);
    assert.deepEqual(splitBasis('1.《甲》；\n2.《乙》（2010 年）'), ['《甲》', '《乙》（2010年）']);
  });

  it('maps check-box labels to the standard channel names', () => {
    assert.deepEqual(readChannels('■中卫市人民政府门户网站 □两微一端 ☑政务服务中心 þ公开查阅点').channels, ['政府网站', '公开查阅点', '政务服务中心']);
    assert.deepEqual(readChannels('市人民政府网站、政府公报').channels, ['政府网站', '政府公报']);
    assert.deepEqual(readChannels('□政府网站 □两微一端').channels, []);
    // A name wrapped over the cell's lines is one name; names on lines of their own stay apart.
    assert.deepEqual(readChannels('部门网站、政府公\n报').channels, ['政府网站', '政府公报']);
    assert.deepEqual(readChannels('部门网站\n政府公报').channels, ['政府网站', '政府公报']);
    assert.deepEqual(readChannels('x', [{ checked: true, label: '精准推送（注明）短信' }]).notes, { 精准推送: '短信' });
  });

  it('reads both printed forms of the summary line and dates', () => {
    assert.deepEqual(declaredSummary('政府信息：主动公开 26 项，依申请公开 9 项。'), { proactiveLevel1: null, proactiveLevel2: null, onRequestLevel2: null, proactive: 26, onRequest: 9 });
    assert.equal(declaredSummary('主动公开一级事项 5项，二级事项 15项；依申请公开二级事项 项')!.onRequestLevel2, null);
    assert.equal(isoDate('2023.11.2'), '2023-11-02');
    assert.equal(isoDate('2024年9月29日'), '2024-09-29');
  });
});
