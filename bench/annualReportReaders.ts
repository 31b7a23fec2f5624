/**
 * Annual-report readers: wall and CPU time to read each fixture of test/fixtures/annual-reports
 * in this thread (median of 3 runs after one warm-up, so pdfjs is loaded once), and wall time
 * through readAnnualReportFile (the parse worker pool, warm) — the time an upload waits.
 * Usage: npx tsx bench/annualReportReaders.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnualReportFile, readAnnualReportHtml, readAnnualReportText } from '../src/importers/annualReport/index.ts';
import { readAnnualReportDocx } from '../src/importers/annualReport/readDocxReport.ts';
import { readAnnualReportPdf } from '../src/importers/annualReport/readPdfReport.ts';
import type { AnnualReportReading } from '../src/importers/annualReport/reading.ts';
import { stopParseWorkers } from '../src/importers/workers/parsePool.ts';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'annual-reports');
const readers: Record<string, (bytes: Uint8Array) => AnnualReportReading | Promise<AnnualReportReading>> = {
  html: readAnnualReportHtml,
  txt: readAnnualReportText,
  docx: readAnnualReportDocx,
  pdf: readAnnualReportPdf,
};

async function median(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run();
    const used = process.cpuUsage(cpu);
    runs.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
  }
  return runs.sort((a, b) => a.wall - b.wall)[1]!;
}

await readAnnualReportPdf(new Uint8Array(readFileSync(join(dir, 'blank-cells-2021.pdf')))); // load pdfjs once
await readAnnualReportFile(new Uint8Array(readFileSync(join(dir, 'blank-cells-2021.pdf')))); // start a worker
console.log('fixture'.padEnd(34), 'KiB'.padStart(6), 'in-thread wall ms'.padStart(18), 'cpu ms'.padStart(8), 'worker wall ms'.padStart(15));
for (const name of readdirSync(dir).filter((file) => /\.(html|txt|docx|pdf)$/.test(file)).sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const read = readers[name.split('.').pop()!]!;
  const inThread = await median(async () => read(bytes));
  const viaPool = await median(() => readAnnualReportFile(bytes));
  console.log(name.padEnd(34), (bytes.byteLength / 1024).toFixed(0).padStart(6), inThread.wall.toFixed(1).padStart(18), inThread.cpu.toFixed(1).padStart(8), viaPool.wall.toFixed(1).padStart(15));
}
await stopParseWorkers();
