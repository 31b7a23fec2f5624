/** Text layouts the seeds do not have: each case failed before its fix (issue 12, import that generalises). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importText } from '../../../src/importers/importCatalogText.ts';
// @ts-expect-error the scorer is plain JavaScript without types
import { scoreCatalog } from '../../../../shared/tools/score-catalog.mjs';

const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');

/** A seed as PDF text where each 一级事项 fits on one line: 序号 / 概况 / 信息 → 序号 / 概况信息. */
function oneLineLevel1(seed: string): Uint8Array {
  const lines = readFileSync(join(shared, 'seeds', `${seed}.txt`), 'utf8').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [a, b, gap, c] = [lines[i]!, lines[i + 1], lines[i + 2], lines[i + 3]];
    if (/^\s*\d\s*$/.test(a) && b !== undefined && c !== undefined && gap === '' && b.length <= 4 && c.length <= 3) {
      out.push(a, `${b}${c}`);
      i += 3;
    } else out.push(a);
  }
  return new TextEncoder().encode(out.join('\n'));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BASIS_OPEN = '《中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》';

describe('text variants', () => {
  for (const [seed, least] of [['002_b92ae7b28fe97c0b', 0.97], ['003_d1b07a4c651a3051', 0.93]] as const) {
    it(`reads seed ${seed.slice(0, 3)} with each 一级事项 on one line (was 88.9% / 84.0%)`, () => {
      const gold = JSON.parse(readFileSync(join(shared, 'golden', `${seed}.json`), 'utf8'));
      const score = scoreCatalog(gold, importText(oneLineLevel1(seed)).catalog) as { accuracy: number; extra: number };
      assert.ok(score.accuracy >= least, `${(score.accuracy * 100).toFixed(1)}%`);
      assert.ok(score.extra <= 1);
    });
  }

  it('reads a Word table copied as text: quoted cells with line breaks, "" for a quote, CRLF', () => {
    const text = [
      '序号\t一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体',
      '1\t概况信息\t机构信息\t名称、地址\t《条例》\t20个工作日内\t办公室\t"■政府网站\n□两微一端\n□政府公报"',
      '2\t概况信息\t领导信息\t"姓名、""职务""\n照片"\t《条例》\t20个工作日内\t办公室\t"□政府网站\n■两微一端"',
      '3\t概况信息\t内设机构\t名称\t《条例》\t20个工作日内\t办公室\t■政府网站',
    ].join('\r\n');
    const { catalog } = importText(utf8(text));
    assert.equal(catalog.items.length, 3);
    assert.deepEqual(catalog.items[0]!.channels, ['政府网站']);
    assert.equal(catalog.items[1]!.content, '姓名、"职务"照片');
    assert.deepEqual(catalog.items[1]!.channels, ['两微一端']);
  });

  it('keeps rows apart in a catalog without 序号 whose 公开依据 has an unbalanced 《 as written', () => {
    const rows = ['机构职责', '领导分工', '部门文件'].map((level2) => `概况信息\t${level2}\t${level2}的内容\t${BASIS_OPEN}\t20个工作日内\t办公室`);
    const { catalog } = importText(utf8(['一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体', ...rows].join('\n')));
    assert.deepEqual(catalog.items.map((i) => i.level2), ['机构职责', '领导分工', '部门文件']);
  });

  it('reads a GB18030 text whose second header line lists 一级事项/二级事项 without a place for 序号', () => {
    const text = [
      '序号\t公开事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体\t公开对象',
      '一级事项\t二级事项\t全社会\t特定群体',
      '1\t概况信息\t机构职能\t职责\t《条例》\t20个工作日内\t办公室\t■政府网站\t√\t',
      '2\t概况信息\t领导信息\t姓名\t《条例》\t20个工作日内\t办公室\t■政府网站\t\t√',
      '3\t概况信息\t内设机构\t科室\t《条例》\t即时\t办公室\t■政府网站\t√\t',
    ].join('\r\n');
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
    const { catalog } = importText(bytes);
    assert.deepEqual(catalog.items.map((i) => [i.seq, i.level1, i.level2, i.content, i.subject, i.audience]), [
      ['1', '概况信息', '机构职能', '职责', '办公室', ['全社会']],
      ['2', '概况信息', '领导信息', '姓名', '办公室', ['特定群体']],
      ['3', '概况信息', '内设机构', '科室', '办公室', ['全社会']],
    ]);
  });

  it('reads 事项名称 beside 一级事项 as the 二级事项', () => {
    const text = ['序号\t一级事项\t事项名称\t公开内容\t公开依据\t公开时限', '1\t机构信息\t机构概况\t名称\t《条例》\t20个工作日内', '2\t机构信息\t内设机构\t科室\t《条例》\t20个工作日内', '3\t公共服务\t医保经办服务窗口\t窗口地址\t《条例》\t即时'].join('\n');
    const { catalog } = importText(utf8(text));
    assert.deepEqual(catalog.items.map((i) => [i.level1, i.level2]), [['机构信息', '机构概况'], ['机构信息', '内设机构'], ['公共服务', '医保经办服务窗口']]);
    assert.deepEqual(catalog.columns?.map((c) => [c.field, c.label]).slice(1, 3), [['level1', '一级事项'], ['level2', '事项名称']]);
  });
});
