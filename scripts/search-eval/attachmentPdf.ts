/**
 * A PDF attachment for a corpus document: caption and a table drawn into narrow cells, so long cell
 * text wraps across lines as it does in the agencies' scanned-in tables; the app extracts its text
 * (src/importers/attachmentText) exactly as it does for an upload.
 */
import { openCjkPdf } from '../../src/exporters/cjkPdf.ts';
import type { Attachment } from './corpus/model.ts';

const WIDTH = 360;
const LEFT = 60;

export async function attachmentPdf(attachment: Attachment): Promise<Uint8Array> {
  const { doc, finish } = openCjkPdf({ size: 'A4', margin: 50 });
  doc.font('cjk-bold').fontSize(14).text(attachment.caption, { align: 'center' });
  doc.moveDown();
  doc.font('cjk').fontSize(10);
  const columns = attachment.rows[0]!.length;
  // A narrow first column, the rest share what is left: cells of 10 to 15 characters wrap.
  const widths = Array.from({ length: columns }, (_, i) => (i === 0 ? 60 : (WIDTH - 60) / (columns - 1)));
  let y = doc.y;
  for (const row of attachment.rows) {
    const heights = row.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 8 }));
    const height = Math.max(...heights) + 8;
    let x = LEFT;
    for (const [i, cell] of row.entries()) {
      doc.rect(x, y, widths[i]!, height).stroke();
      doc.text(cell, x + 4, y + 4, { width: widths[i]! - 8 });
      x += widths[i]!;
    }
    y += height;
  }
  return finish();
}
