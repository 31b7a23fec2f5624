import type { Segment, TextBox } from './readPdf.ts';

const EDGE_MARGIN = 1;

/** A glyph's advance in em, estimated: CJK and full-width forms 1, spaces left to fill the gap, the rest ½. */
function emWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x25a0 && code <= 0x27bf)) return 1;
  return 0.5;
}

/** Where each character of a box starts and ends, spread over the box's width (spaces take what is left). */
function characterSpans(box: TextBox): { ch: string; from: number; to: number }[] {
  const chars = [...box.str];
  const spaces = chars.filter((ch) => ch === ' ').length;
  const inked = chars.reduce((sum, ch) => sum + (ch === ' ' ? 0 : emWidth(ch) * box.size), 0);
  const width = box.right - box.x;
  const leftover = width - inked;
  const spaceWidth = spaces && leftover > 0 ? leftover / spaces : 0;
  const scale = spaces && leftover > 0 ? 1 : width / Math.max(inked, 1e-6);
  const spans: { ch: string; from: number; to: number }[] = [];
  let x = box.x;
  for (const ch of chars) {
    const w = ch === ' ' ? spaceWidth : emWidth(ch) * box.size * scale;
    spans.push({ ch, from: x, to: x + w });
    x += w;
  }
  return spans;
}

/**
 * Splits text boxes that run across a vertical ruling into one box per cell.
 * pdfjs joins the runs of one text line into one item, so a line of two
 * neighbouring cells (LibreOffice writes a table row's lines together, with a
 * space between) comes as one item: "公开内容（要素） 公开依据" over two columns.
 */
export function splitAtRulings(boxes: TextBox[], vertical: Segment[]): TextBox[] {
  const out: TextBox[] = [];
  for (const box of boxes) {
    const middle = (box.top + box.bottom) / 2;
    const cuts = vertical
      .filter((s) => s.at > box.x + EDGE_MARGIN && s.at < box.right - EDGE_MARGIN && s.from <= middle && middle <= s.to)
      .map((s) => s.at)
      .sort((a, b) => a - b);
    if (cuts.length === 0) {
      out.push(box);
      continue;
    }
    const pieces = new Map<number, { ch: string; from: number; to: number }[]>();
    for (const span of characterSpans(box)) {
      const centre = (span.from + span.to) / 2;
      const slot = cuts.filter((cut) => cut < centre).length;
      pieces.set(slot, [...(pieces.get(slot) ?? []), span]);
    }
    for (const spans of pieces.values()) {
      const str = spans.map((s) => s.ch).join('');
      if (!str.trim()) continue;
      const inked = spans.filter((s) => s.ch !== ' ');
      out.push({ ...box, str: str.trim(), x: inked[0]!.from, right: inked.at(-1)!.to });
    }
  }
  return out;
}
