/**
 * Import benchmark: a 2,000-row .xlsx catalog through importCatalogFile (time
 * and peak RSS), and the five seed texts through importText, warm.
 *   npx tsx bench/import.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogDocument } from '../src/domain/catalog/catalogSchema.ts';
import { exportXlsx } from '../src/exporters/xlsx.ts';
import { importCatalogFile } from '../src/importers/importCatalogFile.ts';
import { importText } from '../src/importers/importCatalogText.ts';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const golden = parseCatalogDocument(JSON.parse(readFileSync(join(shared, 'golden', '000_16624d944bb0d70d.json'), 'utf8')));
const items = Array.from({ length: 2000 }, (_, i) => ({ ...golden.items[i % golden.items.length]!, seq: String(i + 1), level1: `${golden.items[i % golden.items.length]!.level1}${Math.floor(i / 50)}` }));
const bytes = await exportXlsx({ ...golden, items });
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const t0 = performance.now();
const { catalog } = await importCatalogFile(bytes);
const xlsxMs = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`xlsx 2000 rows (${(bytes.length / 1024).toFixed(0)} KB): ${catalog.items.length} items in ${xlsxMs.toFixed(0)} ms, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);

const seeds = readdirSync(join(shared, 'seeds')).sort().map((f) => readFileSync(join(shared, 'seeds', f)));
for (const seed of seeds) importText(seed); // warm-up
const runs = 20;
const t1 = performance.now();
for (let r = 0; r < runs; r++) for (const seed of seeds) importText(seed);
console.log(`five seeds via importText, warm: ${((performance.now() - t1) / runs).toFixed(1)} ms per pass (mean of ${runs})`);
