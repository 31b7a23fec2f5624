import { DomainError } from '../../domain/shared/errors.ts';
import { SafeZip } from '../limits.ts';

/**
 * The type of an uploaded attachment, judged by its content, never by its name:
 * %PDF, PNG, JPEG, GIF, or a zip-based Office file whose [Content_Types].xml says
 * Word (docx) or Excel (xlsx). Macro-enabled Office files (vbaProject.bin, .docm/.xlsm
 * content types) and archives that inflate past the cap (zip bombs) are refused.
 */
export type AttachmentType = 'pdf' | 'png' | 'jpeg' | 'gif' | 'docx' | 'xlsx';

export const ATTACHMENT_MEDIA_TYPES: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const refused = (message: string) => new DomainError('validation.failed', message, [{ path: 'file', message }]);
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function sniffAttachment(bytes: Uint8Array): AttachmentType {
  if (bytes.byteLength === 0) throw refused('文件是空的');
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new DomainError('import.too_large', `附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  throw refused('只接受 PDF、Word（.docx）、Excel（.xlsx）和图片（PNG、JPEG、GIF）文件');
}

function officeType(bytes: Uint8Array): AttachmentType {
  const zip = new SafeZip(bytes);
  // Inflate every part under the cap now: a bomb is refused here, before any reader sees it.
  zip.verifyAll();
  const names = [...zip.entries.keys()];
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name))) {
    throw refused('文件含有宏（VBA），为安全起见不能上传；请另存为不含宏的 .docx 或 .xlsx');
  }
  const types = zip.readText('[Content_Types].xml');
  if (!types) throw refused('压缩文件不是 Word 或 Excel 文档');
  if (/macroEnabled|vbaProject/i.test(types)) throw refused('文件含有宏（.docm/.xlsm），为安全起见不能上传');
  if (types.includes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')) return 'docx';
  if (types.includes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')) return 'xlsx';
  throw refused('只接受 Word（.docx）和 Excel（.xlsx）格式的 Office 文件');
}
