import type { TimeLimitRule, TimeLimitTrigger, TimeLimitUnit } from '../catalog/catalog.ts';
import { normaliseChinese } from './chineseText.ts';
import { daysInMonth } from './localDate.ts';

/**
 * Reads the free text of a catalog's 公开时限 into a TimeLimitRule. It accepts a
 * text only when every word is accounted for (trigger, period, known filler);
 * anything else is `{ ok: false }` with the reason — a lint finding, never a guess.
 * Phrases: regulations.md §6.4 and the five seed catalogs.
 */
export type TimeLimitParse = { ok: true; rule: TimeLimitRule } | { ok: false; reason: string };

const OTHER_LAW = /[（]?法律、?(行政)?法规(对政府信息公开期限)?另有规定的?[，,]?(从其规定|除外)[）]?/g;
const DISPLAY = /[，,]?公告期限?为?(\d+)个?(工作日|日|天)/;
const PERIOD = /(\d+)个?(工作日|日|天|月|年)(以?内|之?前)?/g;
const YEARLY = /^(?:每年(?:度)?)?(\d{1,2})月(?:(\d{1,2})日|(底))(?:之|以)?前/;
const RECURRING = /^每(月|季度|季|半年|年度?)(?!\d)/;

/** Trigger phrases, most specific first; each consumes its words from the text. */
const TRIGGERS: readonly [RegExp, TimeLimitTrigger][] = [
  [/关联(的)?(规范性)?(政策)?文件(公开|发布|印发)/, 'related_document_published'],
  [/(形成|生成|产生)[（]?(或者?|和|及)?(变更|更新)?[）]?/, 'formed_or_changed'],
  [/作出(行政)?(许可|处罚)?决定|决定作出/, 'decision_made'],
  [/财政部门批复|财政批复/, 'fiscal_approval'],
  [/项目开工|开工/, 'project_start'],
  [/(文件)?(印发|签发|制发)/, 'document_issued'],
  [/收到(公开)?申请|申请收到/, 'application_received'],
];

/** Words that carry no rule: removed before checking that nothing is left over. */
const FILLER = /自|该|本|政府信息|信息|之日起|之日|起|以后|后|以?内|予以|及时|主动|公开|公示|公布|发布|向社会|或者|应当|应|其中|行政许可|行政处罚|事项|的|[，,。；、（）]/g;
const UNITS: Record<string, TimeLimitUnit> = { 工作日: 'working_day', 日: 'calendar_day', 天: 'calendar_day', 月: 'month', 年: 'year' };
const EVERY = { 月: 'month', 季度: 'quarter', 季: 'quarter', 半年: 'half_year', 年: 'year', 年度: 'year' } as const;

export function parseTimeLimit(input: string | null | undefined): TimeLimitParse {
  const original = (input ?? '').trim();
  if (!original) return { ok: false, reason: '公开时限为空' };
  let text = normaliseChinese(original);
  const rule: Partial<TimeLimitRule> = {};
  if (text.search(OTHER_LAW) >= 0) rule.otherLawPrevails = true;
  text = text.replace(OTHER_LAW, '');
  const display = DISPLAY.exec(text);
  if (display) {
    rule.displayFor = { amount: Number(display[1]), unit: UNITS[display[2]!]! };
    text = text.replace(DISPLAY, '');
  }

  if (/^长期(公开|有效)?$/.test(text)) return done({ ...rule, trigger: 'standing' });
  if (/^(即时|实时|及时|随时)(公开|更新|发布)?[，,。]?$/.test(text)) return done({ ...rule, trigger: 'immediate' });

  const yearly = YEARLY.exec(text);
  if (yearly) {
    const month = Number(yearly[1]);
    const day = yearly[3] ? daysInMonth(2001, month) : Number(yearly[2]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return fail(original, `日期 ${month}月${day}日 不存在`);
    const rest = text.slice(yearly[0].length);
    if (/\d/.test(rest)) return fail(original, `固定日期之后还有其他时间：「${rest}」`);
    return done({ ...rule, trigger: 'yearly_date', month, day });
  }

  const periods = [...text.matchAll(PERIOD)];
  if (periods.length > 1) return fail(original, `含有多个期限（${periods.map((p) => p[0]).join('、')}），无法确定适用哪一个`);
  const period = periods[0];
  if (period) {
    rule.amount = Number(period[1]);
    rule.unit = UNITS[period[2]!]!;
    if (rule.amount <= 0) return fail(original, '期限天数应大于 0');
    text = text.replace(period[0], '');
  }

  const recurring = RECURRING.exec(text);
  if (recurring) {
    rule.every = EVERY[recurring[1] as keyof typeof EVERY];
    rule.trigger = 'recurring';
    text = text.slice(recurring[0].length).replace(/(结束|期满|更新|一次)/g, '');
  } else {
    for (const [pattern, trigger] of TRIGGERS) {
      if (!pattern.test(text)) continue;
      rule.trigger = trigger;
      text = text.replace(pattern, '');
      break;
    }
    if (!rule.trigger && !period) return fail(original, '未找到起算事件或期限');
    rule.trigger ??= 'unstated';
  }
  const residue = text.replace(FILLER, '');
  if (residue) return fail(original, `无法识别的内容：「${residue}」`);
  return done(rule as TimeLimitRule);
}

function done(rule: TimeLimitRule): TimeLimitParse {
  return { ok: true, rule };
}

function fail(text: string, why: string): TimeLimitParse {
  return { ok: false, reason: `公开时限「${text}」无法识别：${why}` };
}

/** One unreadable 公开时限 in a catalog, for the catalog lint. */
export interface TimeLimitFinding {
  code: 'time_limit.unparsed';
  itemIndex: number;
  message: string;
}

/** Findings for every item whose 公开时限 is written but cannot be read. */
export function timeLimitFindings(items: readonly { timeLimit: string | null }[]): TimeLimitFinding[] {
  const findings: TimeLimitFinding[] = [];
  items.forEach((item, itemIndex) => {
    if (item.timeLimit === null || !item.timeLimit.trim()) return;
    const parsed = parseTimeLimit(item.timeLimit);
    if (!parsed.ok) findings.push({ code: 'time_limit.unparsed', itemIndex, message: parsed.reason });
  });
  return findings;
}

/** The item with `timeLimitRule` filled from its text (null when unreadable). */
export function withTimeLimitRule<T extends { timeLimit: string | null }>(item: T): T & { timeLimitRule: TimeLimitRule | null } {
  const parsed = parseTimeLimit(item.timeLimit);
  return { ...item, timeLimitRule: parsed.ok ? parsed.rule : null };
}
