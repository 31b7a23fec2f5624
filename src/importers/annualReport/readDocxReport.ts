/**
 * Reads tables 二, 三 and 四 and the text of an annual report saved as Word (.docx): every w:tbl
 * becomes a slot grid (w:gridSpan across columns, w:vMerge restart/continue down rows) read by the
 * same interpretation as a web page (readReportGrids); the paragraphs and table rows, in document
 * order, are the text that R8 and R10 read. A web page saved as Word often wraps everything in a
 * layout table: its cells are read as the body. Runs in a parse worker (readReportFile.ts).
 */
import { DomainError } from '../../domain/shared/errors.ts';
import { readDocxBlocks, type DocxBlock } from '../docx/readDocx.ts';
import { readReportGrids } from './readHtmlReport.ts';
import { readTablesFromText } from './tablesFromText.ts';
import { finishReading, ReadingCollector, type AnnualReportReading } from './reading.ts';
import { refusedReading } from './refusedReading.ts';
import { rowLines, slotGridOf } from './slotGrid.ts';


export function readAnnualReportDocx(bytes: Uint8Array): AnnualReportReading {
  const collector = new ReadingCollector();
  let blocks: DocxBlock[];
  try {
    blocks = readDocxBlocks(bytes, { unwrapLayoutTables: true });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return refusedReading(error.message);
  }
  const grids = blocks.flatMap((block) => (block.kind === 'table' ? [slotGridOf(block.rows)] : []));
  const text = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : rowLines(block.rows))).join('\n');
  if (grids.length === 0) return readTablesFromText(text, 'Word 文件中没有表格');
  return finishReading(readReportGrids(grids, collector), collector, text);
}
