/**
 * The line-stream reader's score of a 公开渠道和载体 cell: a check-box list (its labels wrapped over lines,
 * its end cut by a page break) or channels named in words where the form has no boxes.
 */
import { compact, looksColumnPath } from '../table/cellText.ts';
import { channelOfLabel } from '../table/channelMarks.ts';
import { BOX_NOTE, CHANNEL_NOTE, type Token } from './lineTokens.ts';

/** A cell of channel names without boxes: every name (split at 、，,) is a channel the form knows. */
function namedChannels(text: string): boolean {
  const names = text.split(/[、，,；;]/).filter((name) => name !== '');
  return names.length > 0 && names.length <= 6 && names.every((name) => channelOfLabel(name) !== null && name.length <= 14);
}

/**
 * Channel names whose last one a page break cut (部门网站、社区 / （村）/企事业单 | 位公示栏): the names
 * before it are channels and the last one is the start of a name, not a sentence.
 */
function cutChannels(text: string): boolean {
  const names = text.split(/[、，,；;]/);
  const last = names.pop()!;
  return names.length > 0 && namedChannels(names.join('、')) && last.length >= 2 && last.length <= 12 && !/[。；;：:]/.test(last);
}

/** A run of lines as one channels cell: its score before the cost of a cell, or null when it cannot be one. */
export function boxListScore(seg: readonly Token[], text: string): number | null {
  const n = seg.length;
  // Channels named in words (部门网站、政务服务中心) where the form has no boxes.
  // A page's first line may be the end of a box's label the page break cut (栏 of …公示 / 栏), and so may
  // a line beside another cut cell's end there (裁量基准等信息 会: 会 of □发布会/听证 / 会).
  // So may the form's note to a box label alone (口其他 | （注明）), wherever the break left it.
  // No channel's name holds a title's 《》: 府信息公开条例》 there is the 公开依据's end.
  const cutLabel = (seg[0]!.pageStart || seg[0]!.besideCutEnd) && !/[《》]/.test(seg[0]!.text);
  const labelEnd = (cutLabel && seg.slice(1, 3).some((t) => t.box)) || (n === 1 && CHANNEL_NOTE.test(text));
  if (!seg[0]!.box && !labelEnd) {
    // Channels named in words have no boxes: text before a box list is another cell's (府信息公开条例》 / □两微一端).
    if (seg.some((t) => t.box)) return null;
    return namedChannels(text) ? 1.5 : cutChannels(text) ? 0.5 : null;
  }
  let s = 1;
  seg.forEach((t, k) => {
    if (t.box) s += 0.5;
    // A box label's note wrapped alone onto the next line (口其他 / （注明）) ends that label.
    else if (k > 0 && seg[k - 1]!.box && BOX_NOTE.test(compact(t.text))) s += 0.5;
    else if (t.width > 16) s -= 2;
    // A website path after the boxes is the 网站所属栏目 cell, not a wrapped channel name.
    else if (looksColumnPath(t.text)) s -= 3;
  });
  return s;
}
