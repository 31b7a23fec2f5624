import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { LetterModel } from '../../domain/applications/letters/index.ts';
import { attachmentLines, LETTER_PAGE, LETTER_TYPE, twips } from './letterLayout.ts';

/** The faces official letters use; Word falls back to a similar face where one is not installed. */
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const PAGE_NUMBER_FONT = { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' };

const EXACT_LINE = { line: twips(LETTER_TYPE.lineHeight), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const BODY_SIZE = LETTER_TYPE.bodySize * 2;

export function bodyParagraph(text: string, options: { indent?: boolean; align?: 'right' | 'center'; rightChars?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: EXACT_LINE,
    indent: {
      firstLine: options.indent ? twips(LETTER_TYPE.indent) : undefined,
      right: options.rightChars ? twips(options.rightChars * LETTER_TYPE.bodySize) : undefined,
    },
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
}

const blankLine = () => bodyParagraph('');

function titleBlock(model: LetterModel): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: twips(LETTER_TYPE.lineHeight / 2), line: twips(LETTER_TYPE.titleSize * 1.6), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: model.title, font: TITLE_FONT, size: LETTER_TYPE.titleSize * 2 })],
    }),
    bodyParagraph(model.numberLine, { align: 'center' }),
    blankLine(),
    bodyParagraph(model.addressee),
  ];
}

function closingBlock(model: LetterModel): Paragraph[] {
  const attachments = attachmentLines(model.attachments).map((line) => bodyParagraph(line, { indent: true }));
  return [
    ...(attachments.length ? [blankLine(), ...attachments] : []),
    blankLine(),
    blankLine(),
    bodyParagraph(model.agencyName, { align: 'right', rightChars: 2 }),
    bodyParagraph(model.dateLine, { align: 'right', rightChars: 4 }),
  ];
}

export function pageNumberFooter(): Footer {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, font: PAGE_NUMBER_FONT, size: LETTER_TYPE.pageNumberSize * 2 });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(['— ', PageNumber.CURRENT, ' —'])] })] });
}

/** A4 with the 版心 of GB/T 9704 and the footer in the bottom margin. */
export const LETTER_PAGE_PROPERTIES = {
  size: { width: twips(LETTER_PAGE.width), height: twips(LETTER_PAGE.height) },
  margin: {
    top: twips(LETTER_PAGE.top),
    bottom: twips(LETTER_PAGE.bottom),
    left: twips(LETTER_PAGE.left),
    right: twips(LETTER_PAGE.right),
    footer: twips(LETTER_PAGE.bottom / 2),
  },
};

/** The letter as a Word document in the layout of an official letter (GB/T 9704-2012), bytes out. */
export async function exportLetterDocx(model: LetterModel): Promise<Uint8Array> {
  const document = new Document({
    creator: model.agencyName,
    title: model.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: LETTER_PAGE_PROPERTIES,
        },
        footers: { default: pageNumberFooter() },
        children: [...titleBlock(model), ...model.paragraphs.map((text) => bodyParagraph(text, { indent: true })), ...closingBlock(model)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
