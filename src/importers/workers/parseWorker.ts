/** Parse worker entry (loaded through workerBoot.mjs by parsePool.ts): one untrusted file at a time. */
import { readAttachmentText } from '../attachmentText/readAttachmentText.ts';
import { readDocx } from '../docx/readDocx.ts';
import { readPdfInProcess } from '../pdf/readPdf.ts';
import type { SourceTable } from '../table/grid.ts';
import { readXlsx } from '../xlsx/readXlsx.ts';
import type { ParseTask } from './parsePool.ts';
import { serveTasks } from './workerProtocol.ts';

async function parse(task: ParseTask): Promise<SourceTable | string> {
  if (task.kind === 'attachmentText') return readAttachmentText(task.type, task.bytes);
  if (task.format === 'docx') return readDocx(task.bytes);
  if (task.format === 'xlsx') return readXlsx(task.bytes);
  return readPdfInProcess(task.bytes);
}

serveTasks<ParseTask, SourceTable | string>(async (task) => ({ value: await parse(task) }));
