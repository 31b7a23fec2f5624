/**
 * Scores every variant of a corpus folder (see scoreCorpus.ts) and prints one
 * line per variant, the overall figure and the import time per format.
 */
import { join } from 'node:path';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { casesIn, printMisses, scoreCase, variantLine, variantsIn, type CaseResult } from './scoreCorpus.ts';

export async function scoreFolders(dir: string, outDir: string, showMisses: boolean): Promise<void> {
  const variants = variantsIn(dir);
  if (variants.length === 0) {
    console.log(`${dir}：没有找到“文件 + 文件名.json”成对的目录样本`);
    return;
  }
  const all: CaseResult[] = [];
  console.log(`corpus ${dir}`);
  for (const variant of variants) {
    const results: CaseResult[] = [];
    for (const file of casesIn(variant.dir)) results.push(await scoreCase(variant.dir, file, join(outDir, variant.name)));
    console.log(variantLine(variant.name, results));
    if (showMisses) for (const r of results.filter((x) => x.score.accuracy < 1 || x.failure)) printMisses(r);
    all.push(...results);
  }
  console.log(variantLine('corpus overall', all));
  const byFormat = new Map<string, CaseResult[]>();
  for (const r of all) byFormat.set(r.format, [...(byFormat.get(r.format) ?? []), r]);
  const times = [...byFormat].map(([f, rs]) => `${f} ${(rs.reduce((a, r) => a + r.ms, 0) / rs.length).toFixed(0)} ms`);
  console.log(`import time per file by format (cold first file included): ${times.join(', ')}; outputs in ${outDir}`);
  await stopParseWorkers();
}
