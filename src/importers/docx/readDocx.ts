import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { DomainError } from '../../domain/shared/errors.ts';
import type { GridCell, GridRow, SourceTable } from '../table/grid.ts';
import { isSymbolFont, symbolGlyph } from '../glyphs.ts';
import { SafeZip, unreadable } from '../limits.ts';

const ELEMENT = 1;

function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT) out.push(child as Element);
  return out;
}
function child(node: Node, name: string): Element | undefined {
  return children(node).find((c) => c.localName === name);
}
function attr(element: Element | undefined, name: string): string | null {
  if (!element) return null;
  for (let i = 0; i < element.attributes.length; i++) {
    const a = element.attributes.item(i)!;
    if (a.localName === name) return a.value;
  }
  return null;
}
const truthy = (value: string | null) => value === null || !/^(0|false|off)$/i.test(value);

interface TextSink {
  text: string;
  boxes: { checked: boolean; at: number }[];
}

function emitBox(sink: TextSink, checked: boolean) {
  sink.boxes.push({ checked, at: sink.text.length });
  sink.text += checked ? '☑' : '☐';
}

/** The run's symbol font, when its w:rFonts names one (Wingdings …). */
function runFont(run: Element): string | null {
  const fonts = child(child(run, 'rPr') ?? run, 'rFonts');
  if (!fonts) return null;
  return attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi') ?? attr(fonts, 'eastAsia') ?? attr(fonts, 'cs');
}

/** Appends the text of any inline content (paragraph, run, hyperlink, sdt …) in document order. */
function collectText(node: Element, sink: TextSink): void {
  switch (node.localName) {
    case 't':
      sink.text += node.textContent ?? '';
      return;
    case 'tab':
      if (node.parentNode && (node.parentNode as Element).localName === 'r') sink.text += '\t';
      return;
    case 'br':
    case 'cr':
      sink.text += '\n';
      return;
    case 'noBreakHyphen':
      sink.text += '-';
      return;
    case 'sym': {
      const code = parseInt(attr(node, 'char') ?? '', 16);
      if (Number.isFinite(code)) {
        const glyph = symbolGlyph(attr(node, 'font'), code) ?? String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code);
        if (glyph === '☑' || glyph === '☒') emitBox(sink, true);
        else if (glyph === '□') emitBox(sink, false);
        else sink.text += glyph;
      }
      return;
    }
    case 'fldChar': {
      const checkBox = child(child(node, 'ffData') ?? node, 'checkBox');
      if (attr(node, 'fldCharType') === 'begin' && checkBox) {
        const checked = child(checkBox, 'checked');
        emitBox(sink, checked ? truthy(attr(checked, 'val')) : truthy(attr(child(checkBox, 'default'), 'val') ?? '0'));
      }
      return;
    }
    case 'instrText':
    case 'delText':
    case 'del':
    case 'rPr':
    case 'pPr':
    case 'drawing':
    case 'pict':
    case 'AlternateContent':
    case 'footnoteReference':
    case 'endnoteReference':
      return;
    case 'r': {
      const font = runFont(node);
      if (isSymbolFont(font)) {
        for (const c of children(node)) {
          if (c.localName !== 't') {
            collectText(c, sink);
            continue;
          }
          for (const ch of c.textContent ?? '') {
            const glyph = symbolGlyph(font, ch.codePointAt(0)!) ?? ch;
            if (glyph === '☑' || glyph === '☒') emitBox(sink, true);
            else if (glyph === '□') emitBox(sink, false);
            else sink.text += glyph;
          }
        }
        return;
      }
      break;
    }
    case 'sdt': {
      const checkbox = child(child(node, 'sdtPr') ?? node, 'checkbox');
      if (checkbox) {
        emitBox(sink, truthy(attr(child(checkbox, 'checked'), 'val') ?? '0'));
        return;
      }
      const content = child(node, 'sdtContent');
      if (content) collectText(content, sink);
      return;
    }
    case 'tbl':
      // A table nested in a cell: its rows as lines, its cells separated by spaces.
      sink.text += tableRows(node)
        .map((row) => row.map((cell) => cell.text).join(' '))
        .join('\n');
      return;
    default:
      break;
  }
  for (const c of children(node)) collectText(c, sink);
}

function paragraphText(p: Element): string {
  const sink: TextSink = { text: '', boxes: [] };
  collectText(p, sink);
  return sink.text;
}

function cellContent(tc: Element): Pick<GridCell, 'text' | 'checkboxes'> {
  const sink: TextSink = { text: '', boxes: [] };
  const blocks = children(tc).filter((c) => c.localName !== 'tcPr');
  blocks.forEach((block, i) => {
    if (i > 0 && sink.text !== '' && !sink.text.endsWith('\n')) sink.text += '\n';
    collectText(block, sink);
  });
  const text = sink.text.replace(/\n+$/, '');
  if (sink.boxes.length === 0) return { text };
  const checkboxes = sink.boxes.map((box, i) => {
    const end = sink.boxes[i + 1]?.at ?? text.length;
    const label = text.slice(box.at + 1, end).split('\n')[0]!.trim();
    return label ? { checked: box.checked, label } : { checked: box.checked };
  });
  return { text, checkboxes };
}

/** Cells of a row, looking through content controls and custom XML that wrap them. */
function rowCells(tr: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tr)) {
    if (c.localName === 'tc') out.push(c);
    else if (c.localName === 'sdt') out.push(...rowCells(child(c, 'sdtContent') ?? c));
    else if (c.localName === 'customXml') out.push(...rowCells(c));
  }
  return out;
}
function tableRowElements(tbl: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tbl)) {
    if (c.localName === 'tr') out.push(c);
    else if (c.localName === 'sdt') out.push(...tableRowElements(child(c, 'sdtContent') ?? c));
    else if (c.localName === 'customXml') out.push(...tableRowElements(c));
  }
  return out;
}

function tableRows(tbl: Element): GridRow[] {
  return tableRowElements(tbl).map((tr) => {
    const row: GridRow = [];
    const before = Number(attr(child(child(tr, 'trPr') ?? tr, 'gridBefore'), 'val') ?? 0);
    if (before > 0 && before < 100) row.push({ text: '', colSpan: before });
    for (const tc of rowCells(tr)) {
      const props = child(tc, 'tcPr');
      const span = Number(attr(child(props ?? tc, 'gridSpan'), 'val') ?? 1);
      const vMerge = props ? child(props, 'vMerge') : undefined;
      const hMerge = props ? child(props, 'hMerge') : undefined;
      if (hMerge && attr(hMerge, 'val') !== 'restart' && row.length > 0) {
        // Legacy horizontal merge: this cell continues the previous one.
        const previous = row.at(-1)!;
        previous.colSpan = (previous.colSpan ?? 1) + (Number.isFinite(span) && span > 0 ? span : 1);
        continue;
      }
      const cell: GridCell = cellContent(tc);
      if (Number.isFinite(span) && span > 1 && span < 1000) cell.colSpan = span;
      if (vMerge && attr(vMerge, 'val') !== 'restart') cell.mergedFromAbove = true;
      if (!cell.checkboxes) delete cell.checkboxes;
      row.push(cell);
    }
    return row;
  });
}

function parseXml(xml: string): Element {
  let failed = false;
  const doc = new DOMParser({
    onError: (level) => {
      if (level === 'fatalError') failed = true;
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (failed || !root) throw unreadable('Word 文件内容已损坏（document.xml 无法解析），请在 Word 中打开后另存为 .docx 再导入');
  return root as unknown as Element;
}

/** A top-level block of a Word document, in document order. */
export type DocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: GridRow[] };

/** A table used for page layout: one of its cells holds another table. */
function holdsTables(tbl: Element): boolean {
  return tableRowElements(tbl).some((tr) => rowCells(tr).some((tc) => children(tc).some((block) => block.localName === 'tbl')));
}

/**
 * The body of a .docx as blocks: non-empty paragraphs (trimmed) and tables (merges and
 * check-boxes kept), looking through content controls and custom XML. With `unwrapLayoutTables`,
 * a table whose cells hold tables (a web page saved as Word) gives its cells' blocks instead.
 * Pure: bytes in, blocks out.
 */
export function readDocxBlocks(bytes: Uint8Array, options: { unwrapLayoutTables?: boolean } = {}): DocxBlock[] {
  const zip = new SafeZip(bytes);
  const xml = zip.readText('word/document.xml');
  if (xml === null) throw unreadable('不是有效的 Word 文件（缺少 word/document.xml）');
  let root: Element;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('Word 文件内容已损坏（document.xml 无法解析），请在 Word 中打开后另存为 .docx 再导入');
  }
  const body = child(root, 'body');
  if (!body) throw unreadable('Word 文件没有正文内容');
  const blocks: DocxBlock[] = [];
  const visit = (elements: Element[]) => {
    for (const element of elements) {
      if (element.localName === 'p') {
        const text = paragraphText(element).trim();
        if (text) blocks.push({ kind: 'paragraph', text });
      } else if (element.localName === 'tbl' && options.unwrapLayoutTables && holdsTables(element)) {
        for (const tr of tableRowElements(element)) for (const tc of rowCells(tr)) visit(children(tc));
      } else if (element.localName === 'tbl') blocks.push({ kind: 'table', rows: tableRows(element) });
      else if (element.localName === 'sdt') visit(children(child(element, 'sdtContent') ?? element));
      else if (element.localName === 'customXml') visit(children(element));
    }
  };
  visit(children(body));
  return blocks;
}

/**
 * Reads a .docx catalog into a SourceTable: paragraphs before the first table
 * go to `before`, the rows of every table (merges, check-boxes kept) to `rows`,
 * paragraphs after the last table to `after`. Pure: bytes in, table out.
 */
export function readDocx(bytes: Uint8Array): SourceTable {
  const table: SourceTable = { before: [], rows: [], after: [] };
  let seenTable = false;
  const pending: string[] = [];
  for (const block of readDocxBlocks(bytes)) {
    if (block.kind === 'paragraph') {
      (seenTable ? pending : table.before).push(block.text);
      continue;
    }
    // A table of one cell per row is a framed paragraph (title boxes), not the catalog table.
    if (block.rows.every((row) => row.length <= 1)) {
      const texts = block.rows.map((row) => row[0]?.text.trim() ?? '').filter(Boolean);
      (seenTable ? pending : table.before).push(...texts);
      continue;
    }
    pending.length = 0;
    seenTable = true;
    table.rows.push(...block.rows);
  }
  table.after.push(...pending);
  return table;
}
