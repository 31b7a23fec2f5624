/**
 * Shared by fuzz.test.ts and fuzzPdf.test.ts (split so that each file has the runner's whole per-file time limit on a
 * busy machine). Fuzz: thousands of damaged files built from exported seed files (bytes
 * flipped, files cut short, zip entries truncated, junk) go through
 * importCatalogFile. Each must finish within 2 s of CPU (all threads: the parse
 * worker's work counts, other processes' load does not) — or, for a file that keeps a
 * reader busy, be stopped at the parse worker's CPU budget — and within 30 s of wall clock,
 * with a catalog or a DomainError: never another exception, an unhandled rejection or a hang.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { exportDocx } from '../../src/exporters/docx.ts';
import { exportXlsx } from '../../src/exporters/xlsx.ts';
import { exportPdf } from '../../src/exporters/pdf.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importCatalogFile } from '../../src/importers/importCatalogFile.ts';
import { pdfWorkerStartWaitMs } from '../../src/importers/pdf/index.ts';
import { PARSE_POOL_LIMITS } from '../../src/importers/workers/parsePool.ts';
import { isDomainError } from '../../src/domain/shared/errors.ts';
import { SHARED, goldens } from '../fixtures/catalogFiles.ts';

export const COUNTS = { docx: 1300, xlsx: 1300, pdf: 150, text: 450 };
export type FuzzFormat = keyof typeof COUNTS;
const PER_FILE_CPU_MS = 2000;
/** Hang detection only: a busy machine (2 cores, many test runs) must not fail a file that did little work. */
const PER_FILE_WALL_MS = 180_000;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function truncateZipEntry(bytes: Uint8Array, random: () => number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const name = names[Math.floor(random() * names.length)]!;
  const content = await zip.files[name]!.async('uint8array');
  zip.file(name, content.subarray(0, Math.floor(random() * content.length)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function mutate(seed: Uint8Array, random: () => number): Uint8Array {
  const kind = random();
  if (kind < 0.55) {
    const out = new Uint8Array(seed);
    const flips = 1 + Math.floor(random() * 12);
    for (let i = 0; i < flips; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }
  if (kind < 0.8) return seed.subarray(0, Math.floor(random() * seed.length));
  if (kind < 0.9) {
    // Cut a slice out of the middle.
    const a = Math.floor(random() * seed.length);
    const b = Math.min(seed.length, a + 1 + Math.floor(random() * 4096));
    const out = new Uint8Array(seed.length - (b - a));
    out.set(seed.subarray(0, a));
    out.set(seed.subarray(b), a);
    return out;
  }
  // Keep the magic, then junk.
  const out = new Uint8Array(Math.max(8, Math.floor(random() * 20_000)));
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(random() * 256);
  out.set(seed.subarray(0, Math.min(8, seed.length)));
  return out;
}

/** The per-format fuzz tests for `formats`, inside the caller's describe: damaged files from exported seeds. */
export function fuzzFormats(formats: readonly FuzzFormat[]): void {
  const seeds: Record<keyof typeof COUNTS, Uint8Array[]> = { docx: [], xlsx: [], pdf: [], text: [] };
  const stray: unknown[] = [];
  const onStray = (error: unknown) => stray.push(error);

  before(async () => {
    process.on('unhandledRejection', onStray);
    process.on('uncaughtException', onStray);
    const all = goldens();
    if (formats.includes('docx') || formats.includes('xlsx')) {
      for (const g of all) {
        seeds.docx.push(await exportDocx(g.catalog));
        seeds.xlsx.push(await exportXlsx(g.catalog));
      }
    }
    for (const name of readdirSync(join(SHARED, 'seeds')).sort()) seeds.text.push(readFileSync(join(SHARED, 'seeds', name)));
    if (formats.includes('pdf')) {
      // PDF parsing is the slow path: two small catalogs as seeds.
      for (const g of [all[2]!, all[3]!]) seeds.pdf.push(await exportPdf(g.catalog));
      // Start the PDF worker thread once (loading tsx and pdfjs): the 2 s budget is per file, not per process start.
      await importCatalogFile(seeds.pdf[0]!);
    }
  });
  after(() => {
    process.off('unhandledRejection', onStray);
    process.off('uncaughtException', onStray);
  });

  for (const format of formats) {
    it(`${COUNTS[format]} mutated ${format} files: each a catalog or a DomainError within ${PER_FILE_CPU_MS} ms of CPU`, async () => {
      const random = prng(0x5eed + format.length);
      const outcomes = { ok: 0, domainError: 0 };
      let slowest = 0;
      for (let i = 0; i < COUNTS[format]; i++) {
        const seed = seeds[format][i % seeds[format].length]!;
        const zipped = format === 'docx' || format === 'xlsx';
        const bytes = zipped && random() < 0.3 ? await truncateZipEntry(seed, random) : mutate(seed, random);
        const started = performance.now();
        const cpuBefore = cpuMs();
        // A file after a killed worker waits for a fresh one (loading tsx and pdfjs): that is not its own reading work.
        const waitedBefore = pdfWorkerStartWaitMs();
        try {
          await importCatalogFile(bytes);
          outcomes.ok++;
        } catch (error) {
          if (!isDomainError(error)) {
            assert.fail(`${format} mutation ${i}: ${(error as Error)?.stack ?? String(error)}`);
          }
          outcomes.domainError++;
        }
        const elapsed = performance.now() - started;
        const workerStarted = pdfWorkerStartWaitMs() !== waitedBefore;
        const cpu = cpuMs() - cpuBefore;
        if (!workerStarted) slowest = Math.max(slowest, cpu);
        // The budget counts the worker thread; V8's garbage-collector threads work for it too, so allow twice that.
        const budget = format === 'text' ? PER_FILE_CPU_MS : Math.max(PER_FILE_CPU_MS, 2 * PARSE_POOL_LIMITS.cpuBudgetMs({ kind: 'table', format, bytes }) + 1000);
        assert.ok(workerStarted || cpu < budget, `${format} mutation ${i} used ${cpu.toFixed(0)} ms of CPU`);
        assert.ok(elapsed < PER_FILE_WALL_MS, `${format} mutation ${i} took ${elapsed.toFixed(0)} ms`);
      }
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(stray, [], 'no unhandled rejection or exception');
      assert.equal(outcomes.ok + outcomes.domainError, COUNTS[format]);
      console.log(`# fuzz ${format}: ${COUNTS[format]} files, ${outcomes.ok} imported, ${outcomes.domainError} refused, most CPU for one file ${slowest.toFixed(0)} ms`);
    });
  }

}
