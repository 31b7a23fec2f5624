import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { loadCalendar } from '../../app/calendar/loadCalendar.ts';
import type { TimeLimitRule } from '../../domain/catalog/catalog.ts';
import { addWorkingDays, nextWorkingDayOnOrAfter, addCalendarDays } from '../../domain/calendar/arithmetic.ts';
import { explainDeadline, formatExplanation } from '../../domain/calendar/explanation.ts';
import { isLocalDate } from '../../domain/calendar/localDate.ts';
import { parseTimeLimit } from '../../domain/calendar/timeLimitParser.ts';
import { provisionalWarning } from '../../domain/calendar/warnings.ts';
import { unknownYearsIn, type WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：
  gongkai deadline 起算日 天数 [--calendar-days] [--json]
  gongkai deadline --rule "公开时限原文" --from 起算日 [--json]
  gongkai deadline --stdin [--calendar-days]

按数据库中的节假日安排（国务院办公厅通知，调休上班日计入）计算法定期限，起算日当日不计入。
  起算日 天数          第一行打印截止日期（YYYY-MM-DD），其后是说明：跳过的节假日和周末、计入的调休上班日、法律依据
  --calendar-days      天数按自然日计算，届满日为休息日的顺延至下一个工作日（默认按工作日）
  --rule 文本 --from 日  按目录的公开时限原文计算，如 --rule "形成或者变更之日起20个工作日内" --from 2026-02-10
  --stdin              从标准输入逐行读取"YYYY-MM-DD N"，每行输出一个截止日期（批量核对）；暂定结果的提示写到标准错误
  --json               输出计算说明的 JSON（与接口返回相同）
涉及尚未导入节假日安排的年度时，按《全国年节及纪念日放假办法》扣除法定节假日、其余周一至周五计为工作日，并标注"暂定"（如"2027年的调休安排尚未公布"）。

示例：gongkai deadline 2025-09-26 20   →  2025-10-30`;

const usage = (why: string) => new ValidationError(`gongkai deadline: ${why}（用 gongkai deadline --help 查看用法）`);

function parseCount(text: string | undefined): number {
  if (text === undefined || !/^\d{1,5}$/.test(text)) throw usage(`天数应为非负整数，收到「${text ?? ''}」`);
  return Number(text);
}

export const deadlineCommand: Command = {
  name: 'deadline',
  summary: '按工作日历计算法定期限（起算日 天数、--rule 公开时限、--stdin 批量）',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('deadline', args, {
      rule: { type: 'string' },
      from: { type: 'string' },
      stdin: { type: 'boolean' },
      json: { type: 'boolean' },
      'calendar-days': { type: 'boolean' },
    });
    const unit = values['calendar-days'] ? 'calendar_day' : 'working_day';
    if (values.stdin) {
      if (positionals.length || values.rule) throw usage('--stdin 不能与其他参数同时使用');
      return bulk(await loadCalendar(await io.database()), await io.stdin(), unit, io);
    }
    let rule: TimeLimitRule;
    let start: string | undefined;
    if (values.rule !== undefined) {
      if (positionals.length) throw usage('--rule 与 起算日 天数 只能二选一');
      const parsed = parseTimeLimit(values.rule);
      if (!parsed.ok) throw new DomainError('time_limit.unparsed', parsed.reason);
      rule = parsed.rule;
      start = values.from;
      if (!start) throw usage('--rule 需要 --from 起算日');
    } else {
      if (positionals.length !== 2) throw usage('需要 起算日 和 天数 两个参数');
      start = positionals[0];
      rule = { trigger: 'unstated', amount: parseCount(positionals[1]), unit, source: '命令行指定的期限' };
    }
    if (!isLocalDate(start!)) throw usage(`起算日应为 YYYY-MM-DD 形式的真实日期，收到「${start}」`);
    const explanation = explainDeadline(await loadCalendar(await io.database()), rule, start!);
    if (values.json) {
      io.out(JSON.stringify(explanation, null, 2));
      for (const warning of explanation.warnings) io.err(`注意：${warning}`);
    } else {
      io.out(explanation.due ?? '无固定截止日期');
      for (const line of formatExplanation(explanation)) io.out(line);
    }
    return 0;
  },
};

/** One due date per input line; the index makes each line O(1). */
function bulk(calendar: WorkingCalendar, input: string, unit: 'working_day' | 'calendar_day', io: CommandIO): number {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  const provisional = new Map<number, number>();
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return void out.push('');
    const match = /^(\d{4}-\d{2}-\d{2})[\s,]+(\d{1,5})$/.exec(line);
    if (!match || !isLocalDate(match[1]!)) throw new ValidationError(`gongkai deadline --stdin: 第${i + 1}行格式错误：「${line}」应为"YYYY-MM-DD 天数"`);
    const start = match[1]!;
    const n = Number(match[2]);
    const due = unit === 'working_day' ? addWorkingDays(calendar, start, n) : nextWorkingDayOnOrAfter(calendar, addCalendarDays(start, n));
    out.push(due);
    for (const year of unknownYearsIn(calendar, start, due)) provisional.set(year, (provisional.get(year) ?? 0) + 1);
  });
  if (out.length) io.out(out.join('\n'));
  for (const [year, count] of provisional) io.err(`注意：${count} 行${provisionalWarning([year])}`);
  return 0;
}
