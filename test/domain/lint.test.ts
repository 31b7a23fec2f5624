import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogDocument, CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { computeSummary, summaryLine } from '../../src/domain/catalog/summary.ts';
import { lintCatalog, type LintRule } from '../../src/domain/catalog/lint.ts';
import { importText } from '../../src/importers/importCatalogText.ts';
import { parseTimeLimit } from '../../src/domain/calendar/timeLimitParser.ts';

const realParser = (text: string) => {
  const parsed = parseTimeLimit(text);
  return parsed.ok ? parsed.rule : null;
};

const seeds = join(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/seeds');

function item(overrides: Partial<CatalogItem> = {}): CatalogItem {
  return {
    seq: '1',
    level1: '概况信息',
    level2: '机构职能',
    content: '机构职责、内设机构',
    basis: ['《中华人民共和国政府信息公开条例》（国务院令第711号）'],
    timeLimit: '信息形成或者变更之日起20个工作日内',
    subject: '某县民政局办公室',
    channels: ['政府网站'],
    audience: ['全社会'],
    mode: ['主动公开'],
    fiveTypes: null,
    column: null,
    category: null,
    remarks: null,
    ...overrides,
  };
}

function catalog(items: CatalogItem[], declared: CatalogDocument['declared'] = null): CatalogDocument {
  return { title: '某县民政局政务公开事项目录', agency: '某县民政局', preparer: null, reviewer: null, approver: null, preparedOn: null, declared, preamble: null, items };
}

const clean = catalog(
  [
    item(),
    item({ seq: '2', level2: '领导信息', content: '领导姓名、职务' }),
    item({ seq: '3', level1: '部门文件', level2: '规范性文件', content: '文件全文', mode: ['依申请公开'] }),
  ],
  { proactiveLevel1: 1, proactiveLevel2: 2, onRequestLevel2: 1, proactive: null, onRequest: null },
);

const rules = (doc: CatalogDocument, options = {}) => lintCatalog(doc, options).map((f) => f.rule);

describe('lintCatalog', () => {
  it('finds nothing in a clean catalog', () => {
    assert.deepEqual(lintCatalog(clean, { parseTimeLimit: realParser }), []);
  });

  const cases: [LintRule, (items: CatalogItem[]) => void][] = [
    ['no_subject', (items) => (items[1]!.subject = null)],
    ['no_channel', (items) => (items[1]!.channels = [])],
    ['no_time_limit', (items) => (items[1]!.timeLimit = ' ')],
    ['mode_both', (items) => (items[1]!.mode = ['主动公开', '依申请公开'])],
    ['mode_none', (items) => (items[1]!.mode = [])],
    ['no_basis', (items) => (items[1]!.basis = [])],
    ['regulation_without_number', (items) => (items[1]!.basis = ['《中华人民共和国政府信息公开条例》'])],
    ['duplicate_item', (items) => (items[1] = { ...items[0]!, seq: '2' })],
    ['level1_run_together', (items) => (items[0]!.level1 = items[1]!.level1 = '概况信息部门文件')],
  ];
  for (const [rule, spoil] of cases) {
    it(`${rule}: fires on the spoiled item only, with a Chinese message and hint`, () => {
      const items = clean.items.map((i) => ({ ...i }));
      spoil(items);
      const findings = lintCatalog(catalog(items)).filter((f) => f.rule === rule);
      assert.equal(findings.length, 1, rule);
      const f = findings[0]!;
      assert.ok(f.item && (f.item.index === 0 || f.item.index === 1));
      assert.match(f.message, /\p{Script=Han}/u);
      assert.match(f.hint, /\p{Script=Han}/u);
      assert.ok(['error', 'warning', 'info'].includes(f.severity));
    });
  }

  it('time_limit_unparsed uses the injected parser and is silent without one', () => {
    assert.ok(rules(clean, { parseTimeLimit: () => null }).includes('time_limit_unparsed'));
    const vague = catalog([item({ timeLimit: '及时' })]);
    assert.equal(rules(vague, { parseTimeLimit: realParser }).includes('time_limit_unparsed'), realParser('及时') === null);
    assert.ok(!rules(clean).includes('time_limit_unparsed'));
  });

  it('time_limit_vague: 即时公开, 实时 or an event without a period on a 主动公开 item are a warning that names the 20 working days of 条例第二十六条', () => {
    for (const timeLimit of ['即时公开', '实时', '及时公开，公告期限为5个工作日', '信息形成后及时公开']) {
      const found = lintCatalog(catalog([item({ timeLimit })]), { parseTimeLimit: realParser }).filter((f) => f.rule === 'time_limit_vague');
      assert.equal(found.length, 1, timeLimit);
      assert.equal(found[0]!.severity, 'warning');
      assert.match(found[0]!.message, /没有写明具体期限，按条例第二十六条的20个工作日计算/);
    }
    assert.ok(!rules(catalog([item({ timeLimit: '即时公开', mode: ['依申请公开'] })]), { parseTimeLimit: realParser }).includes('time_limit_vague'));
    assert.ok(!rules(catalog([item()]), { parseTimeLimit: realParser }).includes('time_limit_vague'));
  });

  it('declared_mismatch compares the summary line with counts computed from the items', () => {
    const wrong = catalog(clean.items, { proactiveLevel1: 1, proactiveLevel2: 5, onRequestLevel2: 1, proactive: null, onRequest: null });
    const findings = lintCatalog(wrong).filter((f) => f.rule === 'declared_mismatch');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /5项.*2项/);
    assert.equal(findings[0]!.item, undefined);
  });

  it('declared_mismatch names the summary line as written and the one computed from the items', () => {
    const declaredText = '政府信息：主动公开一级事项 1 项，二级事项 5 项；依申请公开二级事项 1 项';
    const wrong = { ...catalog(clean.items, { proactiveLevel1: 1, proactiveLevel2: 5, onRequestLevel2: 1, proactive: null, onRequest: null }), declaredText };
    const [finding] = lintCatalog(wrong).filter((f) => f.rule === 'declared_mismatch');
    assert.ok(finding);
    assert.ok(finding.message.startsWith(`统计行写明“${declaredText}”，其中主动公开二级事项5项`), finding.message);
    assert.ok(finding.message.includes(`（按事项计算：${summaryLine(computeSummary(clean.items))}）`), finding.message);
  });

  it('level1_run_together also knows the usual category words', () => {
    const items = [item({ level1: '机构信息政策文件' })];
    assert.ok(rules(catalog(items)).includes('level1_run_together'));
    assert.ok(!rules(catalog([item({ level1: '政府信息公开' })])).includes('level1_run_together'));
  });
});

describe('lintCatalog on imported seeds', () => {
  const lint = (file: string) => lintCatalog(importText(readFileSync(join(seeds, file))).catalog);

  it('固原: declares 9 依申请公开 items while more rows are marked 依申请', () => {
    const finding = lint('001_4d728002a9a631f9.txt').find((f) => f.rule === 'declared_mismatch' && /依申请公开事项\d+项，但/.test(f.message));
    assert.ok(finding, 'declared 依申请 mismatch');
    assert.match(finding.message, /依申请公开事项9项/);

  });

  it('中卫: declares 36 主动公开 二级事项 while some rows carry no 主动 mark', () => {
    const findings = lint('000_16624d944bb0d70d.txt');
    const finding = findings.find((f) => f.rule === 'declared_mismatch' && /主动公开二级事项36项/.test(f.message));
    assert.ok(finding);
    assert.ok(findings.some((f) => f.rule === 'mode_none'));
  });

  it('大武口: 概况信息部门文件 looks like two 一级事项 run together', () => {
    const finding = lint('004_10e874960aa90f81.txt').find((f) => f.rule === 'level1_run_together');
    assert.ok(finding);
    assert.match(finding.message, /概况信息.*部门文件/);
  });
});
