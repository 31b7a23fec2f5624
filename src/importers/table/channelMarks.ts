/**
 * 公开渠道和载体: the check-box list of the national form (■ □ ☑ ☐ þ 口 …,
 * or HTML check-boxes turned into ☑/☐ by the text reader), or plain channel
 * names where the document has no boxes. Every label maps to a standard name.
 */
import { CHANNELS, inFormOrder, type Channel } from '../../domain/catalog/vocabulary.ts';
import { cleanText, compact, KOU_BOX } from './cellText.ts';

const PATTERNS: [Channel, RegExp][] = [
  // The two boxes with a note come first: their note may name another channel (其他（注明）：公示栏旁).
  ['精准推送', /^精准推送/],
  ['其他', /^其他|^其它/],
  ['政府网站', /网站|门户|网页|官网|政务网/],
  ['两微一端', /两微一端|微博|微信|客户端|公众号|APP|新媒体/i],
  ['政府公报', /公报/],
  ['发布会/听证会', /发布会|听证会/],
  ['广播电视', /广播|电视/],
  ['报刊', /报刊|报纸|杂志/],
  ['公开查阅点', /查阅/],
  ['政务服务中心', /政务服务中心|政务大厅|服务大厅/],
  ['便民服务站', /便民服务/],
  ['入户/现场', /入户|现场/],
  ['社区（村）/企事业单位公示栏', /公示栏|公告栏|宣传栏|公开栏/],
  ['精准推送', /精准推送/],
  ['其他', /^其他|^其它/],
];

/** A named web outlet that is none of the form's channels (政府采购网, 信用中国网): the form's 其他. */
function namedOutlet(label: string): Channel | null {
  return /^\S{2,}网$/.test(compact(label)) ? '其他' : null;
}

/** The standard channel a label names, or null. */
export function channelOfLabel(label: string): Channel | null {
  const t = compact(label).replace(/^[：:、，,]+/, '');
  if (t === '') return null;
  for (const [channel, pattern] of PATTERNS) if (pattern.test(t)) return channel;
  return null;
}

const TICKED = '■☑☒þ✓✔√▣';
const UNTICKED = '□☐¨▢';
const BOX = new RegExp(`[${TICKED}${UNTICKED}]|${KOU_BOX.source}`, 'gu');

export interface ChannelReading {
  channels: Channel[];
  notes: Partial<Record<Channel, string>>;
  /** A ticked channel's label as written where it differs from the standard name (■部门网站 → 政府网站: 部门网站). */
  labels: Partial<Record<Channel, string>>;
  /** The cell had check-boxes (as opposed to channel names written out). */
  boxed: boolean;
  /** Boxes seen, ticked or not (used to tell a complete list from a fragment). */
  boxCount: number;
}

function noteOf(channel: Channel, label: string): string | null {
  const rest = compact(label)
    .replace(channel === '精准推送' ? /^精准推送/ : /^其[他它]/, '')
    .replace(/^[（(]?注明[)）]?/, '')
    .replace(/^[：:（(]+|[)）：:，,。；;]+$/g, '')
    .replace(/^注明[：:]?/, '');
  return rest === '' ? null : rest;
}

/** Records the label as written beside its standard channel; a box with a note (精准推送/其他) keeps its note instead. */
function keepLabel(labels: Partial<Record<Channel, string>>, channel: Channel, label: string): void {
  if (channel === '精准推送' || channel === '其他' || labels[channel] !== undefined) return;
  const written = cleanText(label).replace(/^[：:、，,；;\s]+|[：:、，,；;。\s]+$/g, '');
  if (written !== '' && compact(written) !== compact(channel)) labels[channel] = written;
}

/**
 * Reads one channel cell. `checkboxes` (from a docx/xlsx reader) wins over glyphs in the text.
 */
/** The names of a channel cell without boxes: split at 、，；, 和, 及, a numbering (1.政府网站 2.两微一端) and, between names that are all channels, spaces. */
function namedParts(source: string): string[] {
  const parts = source.split(/[、，,；;]|和|及|(?:^|\s*)\d{1,2}[.．、](?!\d)/).flatMap(wrappedName);
  return parts.flatMap((part) => {
    const words = part.trim().split(/\s+/);
    return words.length > 1 && words.every((w) => channelOfLabel(w) !== null) ? words : [part];
  });
}

/**
 * A name wrapped over lines of its cell (部门网站、政府公 / 报) is one name where its lines name no channel
 * alone; lines that each name one (部门网站 / 政府公报) are names of their own.
 */
function wrappedName(part: string): string[] {
  const lines = part.split('\n');
  if (lines.length === 1) return lines;
  const joined = lines.map((line) => line.trim()).join('');
  const whole = channelOfLabel(joined) ?? namedOutlet(joined);
  return whole !== null && lines.some((line) => channelOfLabel(line.trim()) === null) ? [joined] : lines;
}

export function readChannels(text: string, checkboxes?: { checked: boolean; label?: string }[]): ChannelReading {
  const notes: Partial<Record<Channel, string>> = {};
  const labels: Partial<Record<Channel, string>> = {};
  const found: Channel[] = [];
  if (checkboxes && checkboxes.length > 0) {
    for (const box of checkboxes) {
      const channel = box.label ? channelOfLabel(box.label) : null;
      if (box.checked && channel) {
        found.push(channel);
        keepLabel(labels, channel, box.label!);
        const note = (channel === '精准推送' || channel === '其他') && box.label ? noteOf(channel, box.label) : null;
        if (note) notes[channel] = note;
      }
    }
    return { channels: inFormOrder(found, CHANNELS), notes, labels, boxed: true, boxCount: checkboxes.length };
  }
  const source = text.replace(/\r/g, '');
  const marks = [...source.matchAll(BOX)];
  if (marks.length === 0) {
    // Names written out: 市人民政府网站、政府公报
    for (const part of namedParts(source)) {
      const channel = channelOfLabel(part) ?? namedOutlet(part);
      if (!channel) continue;
      if (channel === '其他' && !/^其[他它]/.test(compact(part))) notes.其他 ??= compact(part);
      found.push(channel);
      keepLabel(labels, channel, part);
    }
    return { channels: inFormOrder(found, CHANNELS), notes, labels, boxed: false, boxCount: 0 };
  }
  const segments: { ticked: boolean | null; label: string }[] = [];
  const prefix = source.slice(0, marks[0]!.index).trim();
  if (prefix !== '') segments.push({ ticked: null, label: prefix });
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : source.length;
    segments.push({ ticked: TICKED.includes(mark[0]), label: source.slice(mark.index + mark[0].length, end).trim() });
  });
  const boxedCount = segments.filter((s) => s.ticked !== null).length;
  for (const segment of segments) {
    const channel = channelOfLabel(segment.label);
    if (!channel) continue;
    // A label without its box in a list of boxed labels: the ticked glyph was lost in extraction.
    const ticked = segment.ticked ?? boxedCount > 0;
    if (!ticked) continue;
    found.push(channel);
    keepLabel(labels, channel, segment.label);
    if (channel === '精准推送' || channel === '其他') {
      const note = noteOf(channel, segment.label);
      if (note) notes[channel] = note;
    }
  }
  return { channels: inFormOrder(found, CHANNELS), notes, labels, boxed: true, boxCount: boxedCount };
}
