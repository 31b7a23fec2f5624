/**
 * What the XML readers survive in a parse worker (how MAX_XML_PART_BYTES was chosen): reads Word files whose
 * document.xml is N MB of paragraphs (mammoth, attachment text) or of table rows (readDocx, catalog import)
 * through runParseTask and prints time and outcome. Parts past the cap are now refused while inflating; to
 * measure a reader beyond it, raise MAX_XML_PART_BYTES (limits.ts) for the run. Figures: docs/benchmarks.md.
 * Usage: npx tsx bench/xmlPartSurvival.ts 2 4 6
 */
import { paragraphBombDocx, tableBombDocx } from '../test/importers/hostileFiles.ts';
import { runParseTask, stopParseWorkers } from '../src/importers/workers/parsePool.ts';
import type { SourceTable } from '../src/importers/table/grid.ts';

const sizes = process.argv.slice(2).map(Number);
for (const mb of sizes) {
  for (const [label, task] of [
    ['mammoth text', { kind: 'attachmentText', type: 'docx', bytes: paragraphBombDocx(mb) }],
    ['readDocx table', { kind: 'table', format: 'docx', bytes: tableBombDocx(mb) }],
  ] as const) {
    const started = performance.now();
    let out: string;
    try {
      const result: string | SourceTable = await (task.kind === 'table' ? runParseTask(task) : runParseTask(task));
      out = typeof result === 'string' ? `ok ${result.length} chars` : `ok ${result.rows.length} rows`;
    } catch (error) {
      out = `refused ${(error as Error).message}`;
    }
    console.log(`${mb} MB ${label}: ${(performance.now() - started).toFixed(0)} ms ${out}`);
  }
}
await stopParseWorkers();
