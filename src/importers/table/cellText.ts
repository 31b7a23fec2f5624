/**
 * Small text helpers shared by the table interpreter and the text readers:
 * whitespace clean-up for Chinese text, enumerators, and the cell kinds used
 * to place cells that extraction shifted out of their column.
 */

const HAN = /\p{Script=Han}/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/**
 * Join the lines of a cell and drop the whitespace that extraction inserted:
 * every run of whitespace goes, except a single space between two ASCII letters or digits.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\u00a0|\u3000/g, ' ')
    .replace(/\s+/g, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
    })
    .trim();
}

/** Text with every whitespace removed (for vocabulary comparisons). */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

export const MARK_GLYPHS = /[√✓✔☑☒✅●þ■]/;
/** A tick cell: ticks, or a ticked box alone (■, Wingdings þ). */
const MARK_ONLY = /^[√✓✔☑☒✅●þ■\s]+$/;

/** A cell that holds only a tick (√), as in the 公开对象/公开方式/五公开 columns. */
export function isMark(text: string): boolean {
  return MARK_ONLY.test(text);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23; null when not a Chinese numeral up to 99. */
export function chineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(text)) return null;
  if (!text.includes('十')) return text.length === 1 ? (CN_DIGITS[text] ?? null) : null;
  const [tens, ones] = text.split('十') as [string, string];
  const t = tens === '' ? 1 : (CN_DIGITS[tens] ?? NaN);
  const o = ones === '' ? 0 : (CN_DIGITS[ones] ?? NaN);
  const value = t * 10 + o;
  return Number.isNaN(value) ? null : value;
}

/** A bare enumerator cell: 一、 二 （三） 4. */
export function isEnumerator(text: string): boolean {
  const t = compact(text);
  return /^[（(]?[一二三四五六七八九十]{1,3}[)）]?[、.．]?$/.test(t) || /^\d{1,3}[、.．]$/.test(t);
}

/** Strip a leading enumerator such as 一、 1. （一） 1、 from a heading. */
export function stripEnumerator(text: string): string {
  return text
    .replace(/^\s*[（(][一二三四五六七八九十\d]{1,3}[)）]\s*/, '')
    .replace(/^\s*[一二三四五六七八九十]{1,3}\s*[、.．，,]\s*/, '')
    .replace(/^\s*\d{1,3}\s*[、.．](?!\d)\s*/, '')
    .trim();
}

/** The Arabic 序号 printed in a cell, or null. */
export function seqOf(text: string): string | null {
  const t = compact(text);
  if (/^\d{1,4}$/.test(t)) return String(Number(t));
  const n = chineseNumeral(t.replace(/[、.．]$/, ''));
  return n === null ? null : String(n);
}

/**
 * 口 used as an unticked box (Word documents typed with the character): alone, at the end of a
 * line, or before a channel name (口两微一端, 口政府公报, 口政 | 府公报 wrapped), and never right after
 * another character. Elsewhere it is the character (口腔, 窗口, 出入口, 口岸, 出入口公开).
 */
export const KOU_BOX = /(?<![\u4e00-\u9fff])口(?=\s|$|政|两微|发布|广播|报刊|公开|便民|入户|社区|精准|其[他它]|部门|门户|网站|微)/;
export const CHECKBOX_GLYPHS = new RegExp(`(?:[■□☑☐☒þ¨▣▢]|${KOU_BOX.source})`);
const TIME_WORDS = /(工作日|个月|日内|日起|之日|即时|实时|及时|每年|每季|每月|每半年|季度|[前后]\d*日|日前|之前|以前|长期|定期|常态化|随时|\d+\s*[个天日]|年底|月底|生成后|形成后|变更后)/;

export function looksTimeLimit(text: string): boolean {
  const t = compact(text);
  return t.length > 0 && t.length <= 80 && !t.includes('《') && TIME_WORDS.test(t);
}

export function looksBasis(text: string): boolean {
  const t = compact(text);
  return /《|〈|<.*>|条例|办法|规定|意见|通知|法$|法》|要点|决定|细则/.test(t);
}

const SUBJECT_END = /(局|室|厅|办|办公室|中心|科|股|委|委员会|院|所|站|队|部|处|政府|部门|单位|街道|乡|镇|公司|组)$/;

export function looksSubject(text: string): boolean {
  const t = compact(text);
  return t.length >= 2 && t.length <= 16 && SUBJECT_END.test(t) && !/[、，,；;《“”"]/.test(t);
}

export function looksChannelList(text: string): boolean {
  const t = compact(text);
  const boxes = (t.match(new RegExp(CHECKBOX_GLYPHS.source, 'g')) ?? []).length;
  if (boxes >= 2) return true;
  if (t.length >= 200) return false;
  // Names written out: most of the listed parts name a channel (a numbered list of 公开内容 that mentions 门户网站 is no list of channels).
  const parts = t.split(/[、，,；;]|\d+[.．、]|和|及/).filter((part) => part !== '');
  return parts.filter((part) => CHANNEL_NAME.test(part)).length * 2 >= parts.length && parts.some((part) => CHANNEL_NAME.test(part));
}

const CHANNEL_NAME = /门户网站|政府网站|部门网站|两微一端|政务新媒体|政府公报|公开查阅点|政务服务中心|便民服务站|公示栏|精准推送/;

export function looksColumnPath(text: string): boolean {
  const t = compact(text);
  return /[/／\-—>＞]/.test(t) && /(网|栏目|公开|信息)/.test(t) || /栏目$/.test(t);
}

export function looksCategory(text: string): boolean {
  return /^(决策|执行|管理|服务|结果)公开$/.test(compact(text));
}
