/** Worker entry (loaded through workerBoot.mjs by reportFileRenderer.ts): renders one 年报 file at a time. */
import { exportAnnualReport, type RenderableReport } from '../../exporters/annualReport/index.ts';
import { serveTasks } from '../../importers/workers/workerProtocol.ts';

export interface ReportRenderTask {
  report: RenderableReport;
  format: 'docx' | 'pdf';
  /** The configured CJK font file (GONGKAI_CJK_FONT), read by the main thread's configuration. */
  cjkFontFile?: string;
}

serveTasks<ReportRenderTask, Uint8Array>(async ({ report, format, cjkFontFile }) => {
  const bytes = await exportAnnualReport(report, format, { cjkFontFile });
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return { value: owned, transfer: [owned.buffer as ArrayBuffer] };
});
