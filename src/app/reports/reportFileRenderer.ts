import type { RenderableReport } from '../../exporters/annualReport/index.ts';
import { renderWorkerPool } from '../../importers/workers/renderPool.ts';
import type { ReportRenderTask } from './reportFileWorker.ts';

/**
 * The 年报's Word and PDF are rendered in a worker thread (the PDF embeds a CJK font: about a second of
 * CPU), so an approval never holds up other requests, and before the approval's transaction opens, so
 * no database lock is held while they render.
 */
const pool = renderWorkerPool<ReportRenderTask>(new URL('./reportFileWorker.ts', import.meta.url), {
  outOfMemory: '年度报告文件过大，暂时无法生成，请稍后再试',
  tooSlow: '年度报告文件生成时间过长，请稍后再试',
  crashed: '年度报告文件生成失败，请稍后再试',
});
export function renderReportFile(report: RenderableReport, format: 'docx' | 'pdf', cjkFontFile?: string): Promise<Uint8Array> {
  return pool.run({ report, format, ...(cjkFontFile ? { cjkFontFile } : {}) });
}

/** Stops the render worker (tests, shutdown). */
export function stopReportRenderWorker(): Promise<void> {
  return pool.stop();
}
