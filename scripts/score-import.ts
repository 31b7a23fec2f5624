/**
 * npm run score:import — imports every seed in ../shared/seeds with the text
 * importer, writes <seed>.json into a temporary folder and scores the folder
 * against ../shared/golden with the official scorer; then scores every variant
 * of the import corpus (test/fixtures/import-corpus, docs/import-corpus.md)
 * through importCatalogFile, one line per variant.
 *
 *   npm run score:import [-- --misses]     seeds and corpus
 *   npm run score:import -- DIR [--misses] a folder of file + <file>.json pairs (or of such folders)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/importers/importCatalogText.ts';
import { scoreFolders } from './import-corpus/scoreFolders.ts';
import type { Score } from './import-corpus/scoreCorpus.ts';
// @ts-expect-error the scorer is plain JavaScript without types
import { scoreCatalog } from '../../shared/tools/score-catalog.mjs';


const root = resolve(fileURLToPath(import.meta.url), '../..');
const seeds = resolve(root, '../shared/seeds');
const golden = resolve(root, '../shared/golden');
const showMisses = process.argv.includes('--misses');
const out = mkdtempSync(join(tmpdir(), 'gongkai-score-'));
const folderArgument = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (folderArgument) {
  await scoreFolders(resolve(folderArgument), out, showMisses);
  process.exit(0);
}

let hit = 0;
let total = 0;
let elapsed = 0;
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const name = basename(file, '.txt');
  const bytes = readFileSync(join(seeds, file));
  const started = performance.now();
  let output: unknown = null;
  try {
    output = importText(bytes, { source: file }).catalog;
  } catch (error) {
    console.log(`${name}  导入失败：${(error as Error).message}`);
  }
  elapsed += performance.now() - started;
  writeFileSync(join(out, `${name}.json`), JSON.stringify(output, null, 2));
  const goldPath = join(golden, `${name}.json`);
  const score = scoreCatalog(JSON.parse(readFileSync(goldPath, 'utf8')), output) as Score;
  hit += score.hit;
  total += score.total;
  console.log(
    `${name}  ${(100 * score.accuracy).toFixed(1)}%  (${score.hit}/${score.total} fields; items gold ${score.goldItems}, output ${score.outItems}, unpaired ${score.unpaired}, extra ${score.extra})`,
  );
  if (showMisses) for (const m of score.misses) console.log(`    ${m.where} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`);
}
// Warm timing: the five imports again, now that the code is compiled.
const all = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f)));
const warmStart = performance.now();
for (const bytes of all) {
  try {
    importText(bytes);
  } catch {
    // reported above
  }
}
const warm = performance.now() - warmStart;
console.log(
  `overall ${(100 * (total ? hit / total : 1)).toFixed(1)}% (${hit}/${total}); import time ${elapsed.toFixed(0)} ms cold, ${warm.toFixed(0)} ms warm; outputs in ${out}`,
);
await scoreFolders(resolve(root, 'test/fixtures/import-corpus'), out, showMisses);
