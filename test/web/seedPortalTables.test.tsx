import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { tableCells, type TableCells } from '../helpers/catalogTableCells.ts';
// @ts-expect-error the official scorer is plain JavaScript without types
import { norm as scorerNorm } from '../../../shared/tools/score-catalog.mjs';
import { DEMO_SEED_DIR } from '../../src/app/demo/seedDemoData.ts';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { getAgency } from '../../src/app/agencies/getAgency.ts';
import { presentCatalogPublic } from '../../src/web/public/presenters.ts';
import { AgencyPage } from '../../src/web/public/views/agencyPage.tsx';
import type { CatalogDocument } from '../../src/domain/catalog/catalog.ts';

/**
 * Issue 12 (faithful catalogs, must show): each seed's public table against its golden file, column by column. The
 * columns each seed's header row names, read by hand from demo/seeds (the golden files record values, not columns).
 */
const SEED_COLUMNS: Record<string, { fields: string[]; labels: string[]; shows?: string[] }> = {
  '000_16624d944bb0d70d': { fields: ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience', 'mode', 'remarks'], labels: ['备注'], shows: ['■中卫市人民政府门户网站'] },
  '001_4d728002a9a631f9': { fields: ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience', 'mode', 'column', 'category'], labels: ['政府网站所属栏目', '公开类型'] },
  '002_b92ae7b28fe97c0b': { fields: ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'mode', 'fiveTypes', 'column', 'remarks'], labels: ['网站所属栏目', '备注', '决策', '结果'], shows: ['■灵武市人民政府门户网站', '依申请公开二级事项 项'] },
  '003_d1b07a4c651a3051': { fields: ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'mode', 'fiveTypes', 'column', 'remarks'], labels: ['网站所属栏目', '备注', '决策', '结果'] },
  '004_10e874960aa90f81': { fields: ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience'], labels: ['全社会', '特定群体'], shows: ['■部门网站'] },
};

/** The scorer's normal form: whitespace removed, full- and half-width punctuation folded (SCHEMA.md, Scoring). */
const norm = scorerNorm as (value: string | null) => string | null;

const TEXT_FIELDS = ['level1', 'level2', 'content', 'timeLimit', 'subject', 'column', 'category', 'remarks'] as const;
type GoldenItem = Record<(typeof TEXT_FIELDS)[number], string | null> & { basis: string[] | null };

/** Every golden text of rows i-1..i+1 other than the cell's own: what a glued cell would have taken in. */
function neighbourTexts(golden: GoldenItem[], index: number, field: string): string[] {
  const texts: string[] = [];
  for (let row = Math.max(0, index - 1); row <= Math.min(golden.length - 1, index + 1); row++) {
    for (const other of TEXT_FIELDS) if (row !== index || other !== field) texts.push(norm(golden[row]![other]) ?? '');
    texts.push(...(golden[row]!.basis ?? []).map((entry) => norm(entry)!));
  }
  return texts.filter((text) => text.length >= 2);
}

/** Cells that hold their golden text plus text of a neighbouring cell, or a neighbour's text instead of their own. */
function gluedCells(cells: TableCells, golden: GoldenItem[]): string[] {
  const glued: string[] = [];
  cells.rows.forEach((row, index) => {
    for (const field of TEXT_FIELDS) {
      const shown = norm(row.get(field) ?? '')!;
      const expected = norm(golden[index]?.[field] ?? null);
      if (!expected || shown === expected || !row.has(field)) continue;
      const extra = shown.includes(expected) ? shown.split(expected).filter((piece) => piece.length >= 2) : [shown];
      const neighbours = neighbourTexts(golden, index, field).filter((text) => !expected.includes(text) || text.length > expected.length);
      const taken = extra.filter((piece) => neighbours.some((text) => text.includes(piece) || (piece.length >= 4 && piece.includes(text))));
      if (taken.length) glued.push(`第${index + 1}行 ${field}：“${row.get(field)}” 含相邻单元格的“${taken.join('、')}”`);
    }
  });
  return glued;
}

const MARK_FIELDS = ['audience', 'mode', 'fiveTypes'] as const;

/** Rows whose ticks under a mark column are not the golden file's marks (where the golden file can place them). */
function wrongMarks(cells: TableCells, golden: (GoldenItem & Record<(typeof MARK_FIELDS)[number], string[] | null>)[]): string[] {
  const wrong: string[] = [];
  cells.rows.forEach((row, index) => {
    for (const field of MARK_FIELDS) {
      const expected = golden[index]?.[field];
      const parts = [...row.keys()].filter((key) => key.startsWith(`${field}:`));
      if (!expected || parts.length === 0) continue;
      const ticked = parts.filter((key) => row.get(key)!.includes('√')).map((key) => key.slice(field.length + 1));
      if (ticked.sort().join('、') !== [...expected].sort().join('、')) wrong.push(`第${index + 1}行 ${field}：√ ${ticked.join('、') || '无'} ≠ ${expected.join('、') || '无'}`);
    }
  });
  return wrong;
}

describeEachEngine('the seeds\' public tables against their golden files (issue 12)', (open) => {
  it('show exactly the source\'s columns, no glued cells, the golden marks, no duplicate items, as many items as the golden file', async () => {
    const engine = await open();
    const problems: string[] = [];
    for (const [seed, expected] of Object.entries(SEED_COLUMNS)) {
      const bytes = readFileSync(join(DEMO_SEED_DIR, `${seed}.txt`));
      const { catalog } = await importCatalogFile(new Uint8Array(bytes));
      const { agencyId } = await loadCatalog(contextFor(engine), { ...catalog, source: `${seed}.txt` }, { publish: true });
      const agency = (await getAgency(engine.db, agencyId))!;
      const presented = presentCatalogPublic(agency, (await getPublishedCatalog(engine.db, agencyId))!);
      const page = (<AgencyPage agency={presented.agency} catalog={presented} viewer={null} />).toString();
      const cells = tableCells(page);
      const golden = goldenCatalog(seed) as CatalogDocument & { items: GoldenItem[] };
      const say = (problem: string) => problems.push(`${seed}: ${problem}`);

      if (cells.fields.join(',') !== expected.fields.join(',')) say(`columns ${cells.fields.join(',')} ≠ source's ${expected.fields.join(',')}`);
      for (const label of expected.labels) if (!cells.labels.includes(label)) say(`no column headed “${label}” as written`);
      if (cells.rows.length !== golden.items.length) say(`${cells.rows.length} items ≠ golden ${golden.items.length}`);
      const names = cells.rows.map((row) => ['level1', 'level2', 'content'].map((field) => norm(row.get(field) ?? '')).join('|'));
      const twice = names.filter((name, index) => names.indexOf(name) !== index);
      if (twice.length) say(`items shown twice: ${twice.join('；')}`);
      for (const glued of gluedCells(cells, golden.items)) say(glued);
      for (const wrong of wrongMarks(cells, golden.items as never)) say(wrong);
      for (const text of expected.shows ?? []) if (!page.includes(text)) say(`does not show “${text}” as written`);
      if (golden.title === null && page.includes('政务公开标准目录')) say('a title the source lacks');
      if (golden.title !== null && !page.includes(`<h1 id="catalog-title">${golden.title}</h1>`)) say(`title not as written (${golden.title})`);
      if (golden.preparer === null && page.includes('填表人')) say('a 填表人 header block the source lacks');
      if (golden.declared === null && page.includes('class="summary-line"')) say('a summary line the source lacks');
    }
    // Misreadings still open in issue 12 (named in its session note): ticks of rows the seed text shifted, whose columns the
    // text cannot tell, and two cell boundaries the text leaves ambiguous. Any other problem fails here.
    assert.deepEqual(problems, []);
  });
});
