import { DomainError } from '../../domain/shared/errors.ts';
import { runParseTask } from '../workers/parsePool.ts';
import { MAX_EXTRACTED_CHARS } from './readAttachmentText.ts';
import type { AttachmentType } from './sniffAttachment.ts';

/**
 * The text of an attachment, for the personal-data check and for search, read in a
 * parse worker (readAttachmentText.ts) so that a hostile file never holds up the
 * server. Images have no text. A file that cannot be read yields '' and a note, not
 * an error: the upload stays valid, the text is just not searchable. A file too big
 * to read safely, or a full queue, refuses the upload (DomainError).
 */
export { MAX_EXTRACTED_CHARS };

export interface ExtractedText {
  text: string;
  /** Why no text was extracted, when something went wrong. */
  problem: string | null;
}

export async function extractAttachmentText(type: AttachmentType, bytes: Uint8Array): Promise<ExtractedText> {
  if (type !== 'pdf' && type !== 'docx' && type !== 'xlsx') return { text: '', problem: null };
  try {
    const text = await runParseTask({ kind: 'attachmentText', type, bytes });
    return { text: text.slice(0, MAX_EXTRACTED_CHARS), problem: null };
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'import.too_large' || error.code === 'server.busy')) throw error;
    return { text: '', problem: `无法提取文字：${(error as Error).message ?? String(error)}` };
  }
}
