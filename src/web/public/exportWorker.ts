/** Export worker entry (loaded through workerBoot.mjs by catalogExportCache.ts): renders one catalog file at a time. */
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { exportCatalog, type ExportFormat } from '../../exporters/index.ts';
import { serveTasks } from '../../importers/workers/workerProtocol.ts';

export interface ExportTask {
  catalog: CatalogDocument;
  format: ExportFormat;
  /** The configured CJK font file (GONGKAI_CJK_FONT), read by the main thread's configuration. */
  cjkFontFile?: string;
}

serveTasks<ExportTask, Uint8Array>(async ({ catalog, format, cjkFontFile }) => {
  const bytes = await exportCatalog(catalog, format, { cjkFontFile });
  // A fresh buffer of its own, handed over without a copy.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return { value: owned, transfer: [owned.buffer as ArrayBuffer] };
});
