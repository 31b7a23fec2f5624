/**
 * Scores a corpus of catalog files against their golden JSON (a file `X.ext`
 * beside `X.ext.json`, shape ../shared/golden/SCHEMA.md), importing each file
 * through importCatalogFile — the path `gongkai import` takes. A folder with
 * sub-folders is scored one line per sub-folder (a variant).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
// @ts-expect-error the scorer is plain JavaScript without types
import { scoreCatalog } from '../../../shared/tools/score-catalog.mjs';

export interface Score {
  hit: number;
  total: number;
  accuracy: number;
  goldItems: number;
  outItems: number;
  unpaired: number;
  extra: number;
  misses: { where: string; field: string; want: unknown; got: unknown }[];
}

export interface CaseResult {
  file: string;
  score: Score;
  ms: number;
  format: string;
  failure?: string;
}

/** The cases of one folder: every file that has a `<file>.json` golden beside it. */
export function casesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.json') && existsSync(join(dir, `${f}.json`)) && statSync(join(dir, f)).isFile())
    .sort();
}

/** The variants under a corpus folder: its sub-folders with cases, or the folder itself. */
export function variantsIn(dir: string): { name: string; dir: string }[] {
  const subs = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory() && casesIn(join(dir, f)).length > 0)
    .sort()
    .map((f) => ({ name: f, dir: join(dir, f) }));
  return casesIn(dir).length > 0 ? [{ name: basename(dir), dir }, ...subs] : subs;
}

export async function scoreCase(dir: string, file: string, outDir: string): Promise<CaseResult> {
  const bytes = readFileSync(join(dir, file));
  const gold = JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as unknown;
  const started = performance.now();
  let output: unknown = null;
  let format = extname(file).slice(1);
  let failure: string | undefined;
  try {
    const imported = await importCatalogFile(bytes);
    output = imported.catalog;
    format = imported.format;
  } catch (error) {
    failure = (error as Error).message;
  }
  const ms = performance.now() - started;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${file}.json`), JSON.stringify(output, null, 2));
  return { file, score: scoreCatalog(gold, output) as Score, ms, format, ...(failure ? { failure } : {}) };
}

/** One line for a variant: accuracy, items gold/output/extra, the worst case, import time. */
export function variantLine(name: string, results: CaseResult[]): string {
  const hit = results.reduce((a, r) => a + r.score.hit, 0);
  const total = results.reduce((a, r) => a + r.score.total, 0);
  const gold = results.reduce((a, r) => a + r.score.goldItems, 0);
  const out = results.reduce((a, r) => a + r.score.outItems, 0);
  const extra = results.reduce((a, r) => a + Math.max(0, r.score.extra), 0);
  const worst = [...results].sort((a, b) => a.score.accuracy - b.score.accuracy)[0];
  const ms = results.reduce((a, r) => a + r.ms, 0);
  const failed = results.filter((r) => r.failure).length;
  return (
    `${name.padEnd(18)} ${(100 * (total ? hit / total : 1)).toFixed(1).padStart(5)}%  (${hit}/${total} fields; ` +
    `${results.length} files; items gold ${gold}, output ${out}, extra ${extra}` +
    `${failed ? `, failed ${failed}` : ''}; worst ${worst ? `${worst.file} ${(100 * worst.score.accuracy).toFixed(1)}%` : '-'}; ` +
    `${(ms / Math.max(1, results.length)).toFixed(0)} ms/file)`
  );
}

export function printMisses(result: CaseResult): void {
  console.log(`  ${result.file}  ${(100 * result.score.accuracy).toFixed(1)}%${result.failure ? `  导入失败：${result.failure}` : ''}`);
  for (const m of result.score.misses) {
    console.log(`    ${m.where} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`);
  }
}
