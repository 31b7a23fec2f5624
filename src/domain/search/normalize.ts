/**
 * Text normalisation shared by indexing, querying and highlighting. It maps one UTF-16
 * unit to one, so offsets in the normalised text are offsets in the original:
 * full-width ASCII (ＡＢＣ１２３) to half-width, the ideographic space to a space, latin
 * letters to lower case.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (code === 0x3000) out += ' ';
    else if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else out += text[i];
  }
  return out;
}

export type Run = { kind: 'cjk' | 'word'; text: string; start: number };

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The runs of a normalised text: maximal runs of Han characters, and maximal runs of
 * other letters and digits (latin words, numbers). Everything else separates runs, so
 * punctuation and query syntax (" * : ( ) - AND) never reaches an index as syntax.
 */
export function textRuns(normalized: string): Run[] {
  const runs: Run[] = [];
  let current = null as Run | null;
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i]!;
    const kind = HAN.test(ch) ? 'cjk' : WORD.test(ch) && !/[\u0300-\u036f]/.test(ch) ? 'word' : null;
    if (kind && current?.kind === kind) current.text += ch;
    else {
      if (current) runs.push(current);
      current = kind ? { kind, text: ch, start: i } : null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** The overlapping character pairs of a CJK run (政府信息 → 政府 府信 信息); a single character stays itself. */
export function bigrams(run: string): string[] {
  if (run.length < 2) return run ? [run] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * Body and attachment text as search reads it: Han characters separated only by whitespace (a line
 * wrap of a PDF, the cells of a table row, a tab) are joined, so 异地\n就医 is found as 异地就医;
 * latin words and numbers stay apart (PDF 下载 is not pdf下载, 2026 年 keeps its space).
 */
export function joinWrappedHan(text: string): string {
  return text.replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '$1');
}
