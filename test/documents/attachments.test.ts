import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { describeEachEngine } from '../helpers/databases.ts';
import { completeInput, documentWorld } from './documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { addAttachment } from '../../src/app/documents/addAttachment.ts';
import { removeAttachment } from '../../src/app/documents/removeAttachment.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { sniffAttachment } from '../../src/importers/attachmentText/sniffAttachment.ts';
import { safeDisplayName } from '../../src/domain/documents/attachmentName.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

async function xlsxWith(text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('名单').addRow(['姓名', '证件号']).commit();
  workbook.getWorksheet('名单')!.addRow(['张三', text]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function pdfWith(text: string): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.text(text);
    doc.end();
  });
}

async function officeZip(contentType: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<Types><Override PartName="/word/document.xml" ContentType="${contentType}"/></Types>`);
  for (const [name, body] of Object.entries(extra)) zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

it('sniffs types by content and refuses macros, other formats and declared zip bombs', async () => {
  assert.equal(sniffAttachment(await pdfWith('hello')), 'pdf');
  assert.equal(sniffAttachment(await xlsxWith('x')), 'xlsx');
  assert.equal(sniffAttachment(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'png');
  assert.equal(sniffAttachment(await officeZip('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')), 'docx');
  const refused = (e: DomainError) => e.code === 'validation.failed';
  assert.throws(() => sniffAttachment(new TextEncoder().encode('MZ\x90\x00 fake exe')), refused);
  assert.throws(() => sniffAttachment(new TextEncoder().encode('<html><script>')), refused);
  assert.throws(() => sniffAttachment(new Uint8Array()), refused);
  const docm = await officeZip('application/vnd.ms-word.document.macroEnabled.main+xml');
  assert.throws(() => sniffAttachment(docm), /宏/);
  const hidden = await officeZip('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', { 'word/vbaProject.bin': 'x' });
  assert.throws(() => sniffAttachment(hidden), /宏/);
  const bomb = Buffer.from(await officeZip('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'));
  const central = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bomb.writeUInt32LE(0xfff00000, central + 24);
  assert.throws(() => sniffAttachment(bomb), (e: DomainError) => e.code === 'import.too_large');
});

it('keeps display names safe: no paths, controls or bidi tricks, the sniffed extension', () => {
  assert.equal(safeDisplayName('../../etc/passwd', 'pdf'), 'passwd.pdf');
  assert.equal(safeDisplayName('C:\\Users\\a\\2026年 医保 名单.xlsx', 'xlsx'), '2026年 医保 名单.xlsx');
  assert.equal(safeDisplayName('invoice\u202Efdp.exe', 'pdf'), 'invoicefdp.pdf');
  assert.equal(safeDisplayName('<script>.docx', 'docx'), '_script_.docx');
  assert.equal(safeDisplayName('...', 'png'), '附件.png');
});

describeEachEngine('attachments', (open) => {
  it('stores by sha256, extracts text, and blocks personal data found in an attachment', async () => {
    const world = await documentWorld(await open());
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput() });
    const sheet = await addAttachment(world.editor, { documentId, fileName: '../名单.xlsx', bytes: await xlsxWith('640502199001011239') }, world.files);
    assert.equal(sheet.displayName, '名单.xlsx');
    assert.match(sheet.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(await world.files.get(sheet.sha256), await xlsxWith('640502199001011239').then(() => world.files.get(sheet.sha256)));
    const pdf = await addAttachment(world.editor, { documentId, fileName: 'notice.pdf', bytes: await pdfWith('Contact 13812345678') }, world.files);
    await assert.rejects(submitDocument(world.editor, { documentId }), (e: DomainError) =>
      e.issues.some((i) => i.path === 'attachments.名单.xlsx' && /身份证号/.test(i.message)) && e.issues.some((i) => i.path === 'attachments.notice.pdf' && /手机号/.test(i.message)));
    await removeAttachment(world.editor, { attachmentId: sheet.id }, world.files);
    await removeAttachment(world.editor, { attachmentId: pdf.id }, world.files);
    assert.equal(await world.files.get(sheet.sha256), null, 'an unpublished, unshared file is deleted');
    assert.deepEqual(await submitDocument(world.editor, { documentId }).then((r) => r.status), 'submitted');
  });
});
