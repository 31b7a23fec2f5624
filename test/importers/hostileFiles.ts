/**
 * Generators of hostile files that once hurt the server (issue "Production-ready:
 * one request must not stop the site"): small Office files whose XML inflates to tens
 * or hundreds of MB, and a small PDF whose content stream holds hundreds of thousands
 * of text operators. Built here, not stored, so the fuzz/hostile corpora stay small.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const CONTENT_TYPES = {
  docx: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
};
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A zip archive (deflate, level 9) written directly, so a 190 MB part costs one deflate pass. */
export function zipArchive(parts: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const sums = { crc: crc32(data), packed: packed.length, size: data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(sums.crc, 14);
    local.writeUInt32LE(sums.packed, 18);
    local.writeUInt32LE(sums.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(sums.crc, 16);
    entry.writeUInt32LE(sums.packed, 20);
    entry.writeUInt32LE(sums.size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Repeats `unit` until about `megabytes` MB, between `head` and `tail`. */
function repeated(head: string, unit: string, tail: string, megabytes: number): Uint8Array {
  const unitBytes = Buffer.from(unit, 'utf8');
  const count = Math.ceil((megabytes * 1024 * 1024) / unitBytes.length);
  const body = Buffer.alloc(unitBytes.length * count);
  for (let i = 0; i < count; i++) unitBytes.copy(body, i * unitBytes.length);
  return new Uint8Array(Buffer.concat([Buffer.from(head, 'utf8'), body, Buffer.from(tail, 'utf8')]));
}

const DOCUMENT_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';

/** A Word file whose document.xml is `megabytes` MB of short paragraphs (the attachment that killed the heap). */
export function paragraphBombDocx(megabytes: number): Uint8Array {
  const xml = repeated(DOCUMENT_HEAD, '<w:p><w:r><w:t>公开</w:t></w:r></w:p>', '</w:body></w:document>', megabytes);
  return zipArchive({ '[Content_Types].xml': Buffer.from(CONTENT_TYPES.docx), '_rels/.rels': Buffer.from(ROOT_RELS), 'word/document.xml': xml });
}

/** A Word catalog whose one table has `megabytes` MB of rows (the import that ran the process out of memory). */
export function tableBombDocx(megabytes: number): Uint8Array {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const header = `<w:tr>${['序号', '公开事项', '公开内容', '公开依据', '公开时限'].map(cell).join('')}</w:tr>`;
  const row = `<w:tr>${['1', '机构职能', '机构职能、内设机构', '《中华人民共和国政府信息公开条例》', '20个工作日'].map(cell).join('')}</w:tr>`;
  const xml = repeated(`${DOCUMENT_HEAD}<w:tbl>${header}`, row, '</w:tbl></w:body></w:document>', megabytes);
  return zipArchive({ '[Content_Types].xml': Buffer.from(CONTENT_TYPES.docx), '_rels/.rels': Buffer.from(ROOT_RELS), 'word/document.xml': xml });
}

/**
 * A one-page PDF whose Flate content stream draws `operators` short text runs
 * (BT … Tj ET each): ~100 KB on disk, hundreds of thousands of text items for pdfjs.
 */
export function operatorBombPdf(operators: number): Uint8Array {
  const unit = Buffer.from('BT /F1 9 Tf 20 20 Td (x) Tj ET\n');
  const content = Buffer.alloc(unit.length * operators);
  for (let i = 0; i < operators; i++) unit.copy(content, i * unit.length);
  const stream = deflateRawSync(content, { level: 9 });
  // zlib wrapper (FlateDecode wants zlib, not raw deflate): header, raw data, Adler-32.
  const zlibStream = Buffer.concat([Buffer.from([0x78, 0xda]), stream, adler32(content)]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = body === null
      ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${zlibStream.length} /Filter /FlateDecode >>\nstream\n`), zlibStream, Buffer.from('\nendstream\nendobj\n')])
      : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`);
    chunks.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

function adler32(data: Uint8Array): Buffer {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % 65521;
    b = (b + a) % 65521;
  }
  const out = Buffer.alloc(4);
  out.writeUInt32BE(((b << 16) | a) >>> 0, 0);
  return out;
}

/** The hostile corpus the importers must refuse quickly, with a Chinese import.too_large, without dying. */
export function hostileCorpus(): { name: string; bytes: Uint8Array }[] {
  return [
    { name: 'Word 附件：123 KB 压缩包内 40 MB 段落', bytes: paragraphBombDocx(40) },
    { name: 'Word 附件：31 KB 压缩包内 10 MB 段落', bytes: paragraphBombDocx(10) },
    { name: 'Word 目录：870 KB 压缩包内 190 MB 表格', bytes: tableBombDocx(190) },
    { name: 'PDF：约 100 KB、130 万条文字指令', bytes: operatorBombPdf(1_300_000) },
  ];
}
