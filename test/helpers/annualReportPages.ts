/**
 * A report as the officer publishes it, for the checker's tests: the six sections of the format
 * (国办公开办函〔2021〕30号, regulations.md §2.1) with tables 二, 三 and 四 laid out as the national format
 * lays them out — as a web page (merged cells by rowspan/colspan) or as text copied from one (cells
 * ended by "|"). Labels come from the domain's format data, so both versions (2021, 2019 试行) render.
 */
import { formatOf } from '../../src/domain/annualReport/cellNames.ts';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table3RowFormat } from '../../src/domain/annualReport/format2021.ts';
import type { Cell, ReportTables } from '../../src/domain/annualReport/tables.ts';

export interface PublishedReport {
  agency: string;
  /** The year in the title. */
  year: number;
  tables: ReportTables;
  /** Section 一、总体情况. */
  overview: string;
  /** Sections left out, by number (一…六), to break R10. */
  without?: readonly string[];
}

const RESULTS = '三、本年度办理结果';
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const PROBLEMS = '政策解读形式较为单一，主动公开信息的分类还需细化。下一步将丰富解读形式，按目录及时更新。';
const OTHER = '本年度未收取信息处理费。';

const text = (value: Cell | undefined) => (value === null || value === undefined ? '' : String(value));

function table2Rows(tables: ReportTables): { header: string; columns: string[]; rows: { label: string; values: string[] }[] }[] {
  return formatOf(tables.format).table2.map((block) => ({
    header: block.header,
    columns: block.rows[0]!.columns.map((column) => column.label),
    rows: block.rows.map((row) => ({ label: row.label, values: row.columns.map((column) => text(tables.table2[row.key]?.[column.key])) })),
  }));
}

function table3Values(tables: ReportTables, row: Table3RowFormat): string[] {
  return TABLE3_COLUMNS.map((column) => text(tables.table3[row.key]?.[column.key]));
}

function table4Values(tables: ReportTables): string[] {
  return TABLE4_GROUPS.flatMap((group) => TABLE4_COLUMNS.map((column) => text(tables.table4[group.key]?.[column.key])));
}

const td = (content: string, span = '') => `<td${span}>${content}</td>`;

function table2Html(tables: ReportTables): string {
  const blocks = table2Rows(tables).map((block) =>
    [
      `<tr>${td(block.header, ' colspan="4"')}</tr>`,
      `<tr>${td('信息内容')}${block.columns.map((label) => td(label)).join('')}</tr>`,
      ...block.rows.map((row) => `<tr>${td(row.label)}${row.values.map((value) => td(value)).join('')}</tr>`),
    ].join(''),
  );
  return `<table border="1"><tbody>${blocks.join('')}</tbody></table>`;
}

/** Table 三 with the format's merged cells: 三、本年度办理结果 over the result rows, each group over its leaves. */
function table3Html(tables: ReportTables): string {
  const rows = formatOf(tables.format).table3Rows;
  const resultRows = rows.filter((row) => row.group?.startsWith(RESULTS)).length;
  const groupSize = (group: string) => rows.filter((row) => row.group === group).length;
  const seen = new Set<string>();
  const body = rows.map((row) => {
    const values = table3Values(tables, row).map((value) => td(value)).join('');
    if (!row.group) return `<tr>${td(row.label, ' colspan="3"')}${values}</tr>`;
    const results = seen.has(RESULTS) ? '' : td(RESULTS, ` rowspan="${resultRows}"`);
    seen.add(RESULTS);
    if (row.group === RESULTS) return `<tr>${results}${td(row.label, ' colspan="2"')}${values}</tr>`;
    const group = seen.has(row.group) ? '' : td(row.group.replace(RESULTS, ''), ` rowspan="${groupSize(row.group)}"`);
    seen.add(row.group);
    return `<tr>${results}${group}${td(row.label)}${values}</tr>`;
  });
  const header = [
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((label) => td(label)).join('')}</tr>`,
  ];
  return `<table border="1"><tbody>${[...header, ...body].join('')}</tbody></table>`;
}

const TABLE4_HEADER = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

function table4Html(tables: ReportTables): string {
  return `<table border="1"><tbody>
<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>
<tr>${TABLE4_HEADER.map((label) => td(label, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>
<tr>${[...TABLE4_HEADER, ...TABLE4_HEADER].map((label) => td(label)).join('')}</tr>
<tr>${table4Values(tables).map((value) => td(value)).join('')}</tr></tbody></table>`;
}

function sectionBodies(report: PublishedReport, tables: { two: string; three: string; four: string }): string[] {
  return [report.overview, tables.two, tables.three, tables.four, PROBLEMS, OTHER];
}

const titleOf = (report: PublishedReport) => `${report.agency}${report.year}年政府信息公开工作年度报告`;

/** The report as a saved web page. */
export function reportHtml(report: PublishedReport): string {
  const bodies = sectionBodies(report, { two: table2Html(report.tables), three: table3Html(report.tables), four: table4Html(report.tables) });
  const sections = SECTIONS.flatMap((heading, index) => {
    if (report.without?.includes(heading[0]!)) return [];
    const body = bodies[index]!;
    return [`<p>${heading}</p>`, body.startsWith('<table') ? body : body.split('\n').map((line) => `<p>${line}</p>`).join('\n')];
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${titleOf(report)}</title></head><body><div class="article">\n<h1>${titleOf(report)}</h1>\n${sections.join('\n')}\n</div></body></html>`;
}

/** The report as text copied from the page: one table row a line, each cell ended by "|". */
export function reportText(report: PublishedReport): string {
  const line = (cells: string[]) => `${cells.map((cell) => `${cell} |`).join(' ')}`;
  const two = table2Rows(report.tables).flatMap((block) => [line([block.header]), line(['信息内容', ...block.columns]), ...block.rows.map((row) => line([row.label, ...row.values]))]);
  const three = [
    line(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']),
    line(['自然人', '法人或其他组织', '总计']),
    line(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
    ...formatOf(report.tables.format).table3Rows.map((row) => line([row.label, ...table3Values(report.tables, row)])),
  ];
  const four = [line(['行政复议', '行政诉讼']), line([...TABLE4_HEADER, '未经复议直接起诉', '复议后起诉']), line([...TABLE4_HEADER, ...TABLE4_HEADER]), line(table4Values(report.tables))];
  const bodies = sectionBodies(report, { two: two.join('\n'), three: three.join('\n'), four: four.join('\n') });
  const sections = SECTIONS.flatMap((heading, index) => (report.without?.includes(heading[0]!) ? [] : [heading, bodies[index]!]));
  return [titleOf(report), ...sections].join('\n');
}
