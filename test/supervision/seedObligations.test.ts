import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { seedCalendar } from '../calendar/seedCalendar.ts';
import type { CatalogItem } from '../../src/domain/catalog/catalog.ts';
import { withTimeLimitRule } from '../../src/domain/calendar/timeLimitParser.ts';
import { classifyObligation, type ObligationKind } from '../../src/domain/supervision/obligationRules.ts';
import { itemObligations } from '../../src/domain/supervision/itemObligations.ts';

const golden = fileURLToPath(new URL('../../../shared/golden/', import.meta.url));
const seedItems = readdirSync(golden).filter((f) => f.endsWith('.json')).flatMap((file) => {
  const catalog = JSON.parse(readFileSync(golden + file, 'utf8')) as { agency: string; items: CatalogItem[] };
  return catalog.items.map((i) => ({ agency: catalog.agency, item: withTimeLimitRule(i) }));
});

/** regulations.md §6.4: each phrase and the obligation it sets. */
const PHRASES: [string, ObligationKind][] = [
  ['自该政府信息形成或者变更之日起20个工作日内（及时）公开', 'event'],
  ['信息形成（或变更）20个工作日内', 'event'],
  ['其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', 'event'],
  ['关联规范性文件公开3个工作日内', 'event'],
  ['1月31日前', 'periodic'],
  ['及时公开，公告期限为5个工作日', 'vague'],
  ['即时公开', 'vague'],
  ['实时', 'vague'],
  ['长期', 'standing'],
  ['6个月', 'event'],
  ['1年', 'event'],
  ['6月底前', 'periodic'],
  ['财政部门批复后20日内', 'event'],
];

describe('obligations from the five seed catalogs and regulations.md §6.4', () => {
  it('classifies every §6.4 phrase', () => {
    for (const [text, kind] of PHRASES) assert.equal(classifyObligation(withTimeLimitRule({ level1: '部门文件', level2: '通知公告', timeLimit: text })).kind, kind, text);
  });

  it('gives every seed item an obligation with a source and a Chinese explanation, on dates around year ends', () => {
    assert.ok(seedItems.length >= 100);
    for (const today of ['2025-12-31', '2026-01-01', '2026-02-01', '2026-04-01']) {
      for (const { agency, item } of seedItems) {
        const result = itemObligations(item, [], seedCalendar, today, { since: '2025-01-02' });
        assert.ok(result.source.length > 0 && /[\u4e00-\u9fff]/.test(result.explanation), `${agency} ${item.level2}`);
        assert.doesNotMatch(result.explanation, /undefined|null|NaN/, `${agency} ${item.level2}`);
        if (result.kind === 'event') assert.equal(result.status, 'ok', `${agency} ${item.level2}: an event item without documents owes nothing`);
      }
    }
  });

  it('finds the kinds the seeds declare', () => {
    const kinds = (agency: string) => {
      const counts: Record<string, number> = {};
      for (const s of seedItems.filter((x) => x.agency === agency)) {
        const kind = classifyObligation(s.item).kind;
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      return counts;
    };
    // 固原: every item says 即时公开 — vague (none given a same-day deadline), except the ten marked 依申请公开 only.
    assert.deepEqual(kinds('固原市医疗保障局'), { vague: 17, on_request: 10 });
    // 灵武: the 年报 by 1月31日 is periodic; 机构职责 and 领导分工 are standing.
    const lingwu = seedItems.filter((x) => x.agency === '灵武市医疗保障局').map((x) => [x.item.level2, classifyObligation(x.item).kind]);
    assert.deepEqual(lingwu.filter(([, kind]) => kind !== 'event'), [['机构职责', 'standing'], ['领导分工', 'standing'], ['政府信息公开指南', 'standing'], ['政府信息公开年报', 'periodic']]);
    // 中卫: an item without a 公开时限 is vague (a lint finding), the rest are event-driven or standing.
    assert.ok((kinds('中卫市医疗保障局').vague ?? 0) >= 1);
    assert.ok((kinds('大武口区医疗保障局').periodic ?? 0) >= 1, '每年1月15日之前');
  });

  it('flags the seeds\' periodic items as blank once their date passed without a publication', () => {
    const periodic = seedItems.filter((s) => classifyObligation(s.item).kind === 'periodic');
    for (const { item } of periodic) {
      const before = itemObligations(item, [], seedCalendar, '2026-01-10', { since: '2025-03-01' });
      const after = itemObligations(item, [], seedCalendar, '2026-02-01', { since: '2025-03-01' });
      assert.equal(before.status, 'ok', item.timeLimit ?? '');
      assert.equal(after.status, 'blank', item.timeLimit ?? '');
    }
  });
});
