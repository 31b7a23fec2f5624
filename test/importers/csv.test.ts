/**
 * CSV import: the exporter's CSV (UTF-8 with BOM, one header row, RFC 4180
 * quoting) and the form saved as CSV by Excel (title/责任单位/summary lines
 * above a two-row header, merged 一级事项 cells left empty; UTF-8 or GB18030)
 * go through importCatalogFile to the one interpreter and score 100%.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
// @ts-expect-error — the shared scorer is plain JavaScript without types.
import { scoreCatalog } from '../../../shared/tools/score-catalog.mjs';
import { computeSummary } from '../../src/domain/catalog/summary.ts';
import type { CatalogDocument, CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { exportCsv } from '../../src/exporters/csv.ts';
import { unguardFormula } from '../../src/domain/shared/spreadsheetFormula.ts';
import { buildForm } from '../../src/exporters/form.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { readTextTable } from '../../src/importers/importCatalogText.ts';
import { parseCsv, readCsv, splitGroupLabel } from '../../src/importers/text/csvText.ts';
import { goldens, type Golden } from '../fixtures/catalogFiles.ts';

interface Score {
  accuracy: number;
  hit: number;
  total: number;
  extra: number;
  misses: { where: string; field: string; want: unknown; got: unknown }[];
}

const describeMisses = (score: Score) =>
  score.misses
    .slice(0, 5)
    .map((m) => `${m.where} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`)
    .join('\n');

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvText = (rows: string[][]) => rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';

/** The form as Excel's "save as CSV" writes it: text above the table in column A, merged cells' value in their first cell only. */
function excelCsv(catalog: CatalogDocument): string {
  const form = buildForm(catalog);
  const width = form.columns.length;
  const line = (text: string) => [text, ...Array<string>(width - 1).fill('')];
  const table = [...form.header, ...form.body].map((row) => row.map((cell) => cell?.text ?? ''));
  return csvText([line(form.title), line(form.metaLine), line(form.summaryLine), ...table]);
}

/** The form prints the summary computed from the items, so that is what is read back as `declared`. */
const expectedOf = (golden: Golden) => ({ ...golden.raw, declared: { ...computeSummary(golden.catalog.items), proactive: null, onRequest: null } });

/** Node has a GB18030 decoder but no encoder: the system's iconv makes the bytes (null when it is not installed). */
/** Node decodes GB18030 but cannot encode it: glibc's iconv (Debian's essential libc-bin) makes the bytes. */
function gb18030(text: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
}

async function scoreImport(bytes: Uint8Array, expected: Record<string, unknown>): Promise<Score> {
  const { catalog, format } = await importCatalogFile(bytes);
  assert.equal(format, 'text');
  return scoreCatalog(expected, catalog) as Score;
}

describe('CSV import of every golden catalog', () => {
  for (const channelStyle of ['text', 'boxes'] as const) {
    it(`the exporter's CSV (channels as ${channelStyle}) reads back every item at 100%`, async () => {
      for (const golden of goldens()) {
        const bytes = exportCsv(golden.catalog, { channelStyle });
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
        // The exporter's CSV holds the table only: the items are what it can give back.
        const score = await scoreImport(bytes, { items: golden.raw.items });
        assert.ok(score.total > 0);
        assert.equal(score.accuracy, 1, `${golden.name}:\n${describeMisses(score)}`);
        assert.equal(score.extra, 0, `${golden.name}: extra items`);
        // One row per item, nothing merged: an empty cell is an empty field, not the one above (the scorer skips nulls).
        const back = (await importCatalogFile(bytes)).catalog.items;
        for (const key of ['level2', 'basis', 'timeLimit', 'subject', 'column', 'category'] as const) {
          assert.deepEqual(
            back.map((item) => item[key] ?? null),
            golden.catalog.items.map((item) => item[key] ?? null),
            `${golden.name}: ${key}`,
          );
        }
      }
    });
  }

  it('the form saved as CSV by Excel (UTF-8 with BOM) reads back title, 责任单位 line, summary and items at 100%', async () => {
    for (const golden of goldens()) {
      const score = await scoreImport(new TextEncoder().encode(`\uFEFF${excelCsv(golden.catalog)}`), expectedOf(golden));
      assert.equal(score.accuracy, 1, `${golden.name}:\n${describeMisses(score)}`);
      assert.equal(score.extra, 0);
    }
  });

  it('the form saved as CSV by Chinese Excel (GB18030, no BOM) reads the same as UTF-8', async () => {
    for (const golden of goldens()) {
      const text = excelCsv(golden.catalog);
      const bytes = gb18030(text);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${golden.name}: the bytes are not UTF-8`);
      const score = await scoreImport(bytes, expectedOf(golden));
      assert.equal(score.accuracy, 1, `${golden.name}:\n${describeMisses(score)}`);
      assert.deepEqual((await importCatalogFile(bytes)).catalog, (await importCatalogFile(new TextEncoder().encode(text))).catalog);
    }
  });
});

describe('CSV reader', () => {
  it('parses RFC 4180: quoted commas, line breaks (CRLF and LF), doubled quotes, empty and quoted-empty fields, no final newline', () => {
    const text = '\uFEFFa,"b,c","line1\r\nline2",d\r\n"say ""hi""",,"",x""y\nlast,"multi\nline"';
    assert.deepEqual(parseCsv(text), [
      ['a', 'b,c', 'line1\nline2', 'd'],
      ['say "hi"', '', '', 'x""y'],
      ['last', 'multi\nline'],
    ]);
    assert.deepEqual(parseCsv('a,b\r\n\r\nc,d\r\n'), [['a', 'b'], [''], ['c', 'd']]);
    assert.deepEqual(parseCsv('"unterminated,\nquote'), [['unterminated,\nquote']]);
  });

  it('imports an item whose cells hold commas, line breaks and quotes exactly', async () => {
    const item: CatalogItem = {
      ...goldens()[0]!.catalog.items[0]!,
      level2: '机构职能,"领导"信息',
      content: '1.职责,内设机构\n2.领导"姓名"、职务',
      basis: ['《中华人民共和国政府信息公开条例》', '《某某办法》,第三条'],
      timeLimit: '形成或者变更之日起20个工作日内',
    };
    const bytes = exportCsv({ ...goldens()[0]!.catalog, items: [item] });
    const text = new TextDecoder().decode(bytes);
    assert.ok(text.includes('"机构职能,""领导""信息"'), 'the exporter quotes and doubles');
    // The reader keeps the line break inside the quoted cell (the interpreter then joins a cell's lines, as for every format).
    assert.ok(readCsv(text)!.rows.at(-1)!.some((cell) => cell.text === item.content));
    const back = (await importCatalogFile(bytes)).catalog.items;
    assert.equal(back.length, 1);
    assert.equal(back[0]!.level2, item.level2);
    assert.equal(back[0]!.content, item.content!.replace(/\n/g, ''));
    assert.deepEqual(back[0]!.basis, item.basis);
    assert.equal(back[0]!.timeLimit, item.timeLimit);
  });

  it('neutralises formula-looking cells on export (OWASP CSV injection) and reads our own export back unchanged', async () => {
    const hostile = ['=HYPERLINK("https://evil.example","点击")', "+1+cmd|'/C calc'!A0", '-2+3', '@SUM(1,2)'];
    const items = hostile.map((level2, n): CatalogItem => ({ ...goldens()[0]!.catalog.items[0]!, seq: String(n + 1), level2, subject: '\r=1+1' }));
    const text = new TextDecoder().decode(exportCsv({ ...goldens()[0]!.catalog, items }));
    const cells = parseCsv(text.replace(/^\uFEFF/, '')).flat();
    assert.ok(cells.every((cell) => !/^[=+\-@\t\r]/.test(cell)), 'no cell starts a formula');
    for (const cell of hostile) assert.ok(cells.includes(`'${cell}`), `${cell} is quoted with '`);
    assert.ok(cells.includes("'\r=1+1"), 'a leading carriage return is guarded too');
    const back = (await importCatalogFile(new TextEncoder().encode(text))).catalog.items;
    assert.deepEqual(back.map((item) => item.level2), hostile, 'the guard is removed on import');
    assert.equal(unguardFormula("'普通文字"), "'普通文字", 'a quote before ordinary text is kept');
  });

  it('splits a header label the exporter wrote with its group, and only such labels', () => {
    assert.deepEqual(splitGroupLabel('公开对象-全社会'), { group: '公开对象', leaf: '全社会' });
    assert.deepEqual(splitGroupLabel('公开方式-依申请'), { group: '公开方式', leaf: '依申请' });
    assert.deepEqual(splitGroupLabel('政府网站-栏目名称'), { group: null, leaf: '政府网站-栏目名称' });
  });

  it('is chosen by content: comma-separated form header, no tabs; never by a weaker header or tabbed text', () => {
    const header = '序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体';
    const row = '1,机构信息,机构职能,"职责,内设机构",《条例》,20个工作日内,办公室,政府网站';
    const table = readCsv(`某局政务公开目录,,,,,,,\n${header}\n${row}\n`);
    assert.ok(table);
    assert.deepEqual(table.before, ['某局政务公开目录']);
    assert.deepEqual(table.rows[1]!.map((c) => c.text)[3], '职责,内设机构');
    // Five labels are not enough to call a text CSV.
    assert.equal(readCsv('序号,一级事项,二级事项,公开内容,公开依据\n1,a,b,c,d\n'), null);
    // Tabs mean the tab readers' text, even with commas in it.
    assert.equal(readCsv(`${header}\n${row}\tx\n`), null);
    // A line-stream text whose header is not comma-separated is not read as CSV.
    assert.equal(readCsv('序号 一级事项 二级事项 公开内容 公开依据 公开时限 公开主体\n1 机构信息, 机构职能, 职责, 内设机构, 条例, 即时\n'), null);
    assert.ok(readTextTable(`${header}\n${row}\n`)?.rows[1]!.some((c) => c.text === '职责,内设机构'));
  });
});
