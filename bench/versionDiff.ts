/**
 * Cost of «与上一版相比» (domain/catalog/versionDiff.ts) on one core: a 36-item golden catalog
 * with two edits, a 1000-item catalog with 20 edits and 10 renames, 300 items all renamed
 * (the rename pass at its largest under RENAME_PAIR_LIMIT) and 1000 items all renamed (skipped).
 * Run: npm run bench -- bench/versionDiff.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogItem } from '../src/domain/catalog/catalog.ts';
import { parseCatalogDocument } from '../src/domain/catalog/catalogSchema.ts';
import { diffCatalogItems } from '../src/domain/catalog/versionDiff.ts';

const golden = parseCatalogDocument(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'golden', '000_16624d944bb0d70d.json'), 'utf8')));

const synthetic = (prefix: string, count: number): CatalogItem[] =>
  Array.from({ length: count }, (_, index) => ({
    ...golden.items[index % golden.items.length]!,
    level1: `一级事项${index % 20}`,
    level2: `${prefix}事项名称第${index}号`,
    content: `${prefix}公开内容${index}：文件名称、文号、发布日期及正文${index * 7}`,
  }));

function edited(items: readonly CatalogItem[], edits: number, renames: number): CatalogItem[] {
  const step = Math.floor(items.length / (edits + renames));
  return items.map((item, index) => {
    if (index % step !== 0) return item;
    const slot = index / step;
    if (slot < edits) return { ...item, timeLimit: `${item.timeLimit ?? ''}（修改${slot}）` };
    if (slot < edits + renames) return { ...item, level2: `${item.level2 ?? ''}（更名）` };
    return item;
  });
}

function measure(name: string, before: readonly CatalogItem[], after: readonly CatalogItem[]): void {
  const times: number[] = [];
  let summary = '';
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    const diff = diffCatalogItems(before, after);
    times.push(performance.now() - start);
    summary = `changed ${diff.changed.length}, added ${diff.added.length}, removed ${diff.removed.length}, unchanged ${diff.unchanged}`;
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[2]!.toFixed(1)} ms (${summary})`);
}

measure('golden 36 items, 2 edits', golden.items, edited(golden.items, 2, 0));
const thousand = synthetic('甲', 1000);
measure('1000 items, 20 edits + 10 renames', thousand, edited(thousand, 20, 10));
measure('300 items, all renamed', synthetic('甲', 300), synthetic('乙', 300));
measure('1000 items, all renamed (rename pass skipped)', thousand, synthetic('乙', 1000));
