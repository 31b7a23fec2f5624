/** Parse worker entry (loaded through workerBoot.mjs by parsePool.ts): one untrusted file at a time. */
import { readAnnualReportDocx } from '../annualReport/readDocxReport.ts';
import { readAnnualReportPdf } from '../annualReport/readPdfReport.ts';
import { readAttachmentText } from '../attachmentText/readAttachmentText.ts';
import { readDocx } from '../docx/readDocx.ts';
import { readPdfInProcess } from '../pdf/readPdf.ts';
import { readXlsx } from '../xlsx/readXlsx.ts';
import type { ParseResult, ParseTask } from './parsePool.ts';
import { serveTasks } from './workerProtocol.ts';

async function parse(task: ParseTask): Promise<ParseResult> {
  if (task.kind === 'attachmentText') return readAttachmentText(task.type, task.bytes);
  if (task.kind === 'annualReport') return task.format === 'docx' ? readAnnualReportDocx(task.bytes) : readAnnualReportPdf(task.bytes);
  if (task.format === 'docx') return readDocx(task.bytes);
  if (task.format === 'xlsx') return readXlsx(task.bytes);
  return readPdfInProcess(task.bytes);
}

serveTasks<ParseTask, ParseResult>(async (task) => ({ value: await parse(task) }));
