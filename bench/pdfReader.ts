/**
 * PDF reader benchmark: wall and CPU time of readPdfInProcess (the reader itself, in this
 * thread, so process CPU is its CPU) on the exported golden catalogs and on the five seed
 * catalogs (demo/seeds, imported then exported to PDF), median of 3 runs each.
 * Usage: npx tsx bench/pdfReader.ts [checkout root, default this one]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const { exportPdf } = await import(`${root}/src/exporters/pdf.ts`);
const { readPdfInProcess } = await import(`${root}/src/importers/pdf/readPdf.ts`);
const { importCatalogFile } = await import(`${root}/src/importers/importCatalogFile.ts`);
const { parseCatalogDocument } = await import(`${root}/src/domain/catalog/catalogSchema.ts`);
const goldenDir = resolve(import.meta.dirname, '..', '..', 'shared', 'golden');

const files: { name: string; bytes: Uint8Array }[] = [];
for (const name of readdirSync(goldenDir).filter((n) => n.endsWith('.json')).sort()) {
  files.push({ name: `golden ${name}`, bytes: await exportPdf(parseCatalogDocument(JSON.parse(readFileSync(join(goldenDir, name), 'utf8')))) });
}
const seeds = join(root, 'demo', 'seeds');
for (const name of readdirSync(seeds).sort()) {
  const { catalog } = await importCatalogFile(new Uint8Array(readFileSync(join(seeds, name))));
  files.push({ name: `seed ${name}`, bytes: await exportPdf(catalog) });
}

await readPdfInProcess(files[0]!.bytes); // load pdfjs once
let totalWall = 0;
let totalCpu = 0;
for (const { name, bytes } of files) {
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await readPdfInProcess(bytes);
    const used = process.cpuUsage(cpu);
    runs.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
  }
  runs.sort((a, b) => a.cpu - b.cpu);
  const { wall, cpu } = runs[1]!;
  totalWall += wall;
  totalCpu += cpu;
  console.log(`${name} (${(bytes.length / 1024).toFixed(0)} KB): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
}
console.log(`all ${files.length} PDFs: ${totalWall.toFixed(0)} ms wall, ${totalCpu.toFixed(0)} ms CPU (medians summed)`);
process.exit(0);
