import { appConfig } from '../../config/config.ts';
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { exportCatalog, type ExportFormat } from '../../exporters/index.ts';
import { renderWorkerPool } from '../../importers/workers/renderPool.ts';
import type { ExportTask } from './exportWorker.ts';

/**
 * Public catalog downloads, rendered once per published version (docs/adr/0006). A
 * published version never changes, so its files are kept in a small in-memory LRU keyed
 * by version id, agency name (printed in the file) and format; a new version has a new id.
 * The costly formats (PDF ≈ 1 s of CPU, Word, Excel) are rendered in one worker thread,
 * so anonymous downloads never hold up other pages; concurrent misses share one render.
 */
export const EXPORT_CACHE_LIMITS = { maxBytes: 64 * 1024 * 1024, maxEntries: 200 };
const RENDERED_IN_WORKER: ReadonlySet<ExportFormat> = new Set(['pdf', 'docx', 'xlsx']);

const pool = renderWorkerPool<ExportTask>(new URL('./exportWorker.ts', import.meta.url), {
  outOfMemory: '目录文件过大，暂时无法生成，请稍后再试或联系网站管理员',
  tooSlow: '目录文件生成时间过长，请稍后再试',
  crashed: '目录文件生成失败，请稍后再试',
});
const cache = new Map<string, Uint8Array>();
const rendering = new Map<string, Promise<Uint8Array>>();
let cachedBytes = 0;
/** Renders started since the process began, by format: lets tests see that a version is rendered once. */
export const exportRenderCounts: Record<ExportFormat, number> = { xlsx: 0, docx: 0, pdf: 0, csv: 0, json: 0 };

/** The file of a published catalog version, from the cache or rendered now (once, however many ask at the same time). */
export function publishedCatalogFile(
  version: { versionId: string; agencyName: string },
  format: ExportFormat,
  catalog: () => Promise<CatalogDocument>,
): Promise<Uint8Array> {
  const key = JSON.stringify([version.versionId, version.agencyName, format]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order is the LRU order
    cache.set(key, hit);
    return Promise.resolve(hit);
  }
  let pending = rendering.get(key);
  if (!pending) {
    pending = render(format, catalog).then((bytes) => (remember(key, bytes), bytes)).finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

async function render(format: ExportFormat, catalog: () => Promise<CatalogDocument>): Promise<Uint8Array> {
  exportRenderCounts[format]++;
  const document = await catalog();
  return RENDERED_IN_WORKER.has(format) ? pool.run({ catalog: document, format, cjkFontFile: appConfig().cjkFont }) : exportCatalog(document, format);
}

function remember(key: string, bytes: Uint8Array): void {
  if (bytes.byteLength > EXPORT_CACHE_LIMITS.maxBytes / 4) return;
  cache.set(key, bytes);
  cachedBytes += bytes.byteLength;
  for (const [oldKey, old] of cache) {
    if (cachedBytes <= EXPORT_CACHE_LIMITS.maxBytes && cache.size <= EXPORT_CACHE_LIMITS.maxEntries) break;
    cache.delete(oldKey);
    cachedBytes -= old.byteLength;
  }
}

/** Stops the export worker (tests, shutdown); the cache stays. */
export function stopExportWorker(): Promise<void> {
  return pool.stop();
}
