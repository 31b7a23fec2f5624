import { readFile } from 'node:fs/promises';
import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { calendarDays } from '../../app/calendar/calendarDays.ts';
import { importHolidayNotice } from '../../app/calendar/importHolidayNotice.ts';
import { setCalendarDay } from '../../app/calendar/setCalendarDay.ts';
import type { RecomputeSummary } from '../../app/calendar/recomputeDeadlines.ts';
import { DAY_KIND_LABELS, type CalendarDay } from '../../domain/calendar/calendarDay.ts';
import { weekdayName } from '../../domain/calendar/localDate.ts';
import { ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：
  gongkai calendar list [--year 年度]
  gongkai calendar import 通知.txt [--year 年度] [--source 网址] [--yes]
  gongkai calendar set 日期 (--off 节日名称 | --workday 节日名称 | --clear) [--source 依据]

工作日历：国务院办公厅节假日安排通知中的放假日和调休上班日（2019–2026 年已内置）。
  list     按通知年度列出放假日和调休上班日及其来源；不给 --year 时列出已导入的年度
  import   读取"国务院办公厅关于XXXX年部分节假日安排的通知"的文本（- 表示标准输入），
           列出解析出的日期供核对；加 --yes 才保存（替换该年度），并重算受影响的已存期限
  set      增加或更正一天（--off 放假、--workday 调休上班、--clear 恢复按周一至周五），并重算受影响的期限
只有系统管理员可以修改日历；命令行以系统身份操作，每次修改都记入审计日志。`;

const usage = (why: string) => new ValidationError(`gongkai calendar: ${why}（用 gongkai calendar --help 查看用法）`);

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^20\d\d$/.test(text)) throw usage(`--year 应为 2000–2099 的年份，收到「${text}」`);
  return Number(text);
}

const dayLine = (d: CalendarDay) => `  ${d.date}（${weekdayName(d.date)}） ${DAY_KIND_LABELS[d.kind]}  ${d.name}`;

function printSummary(io: CommandIO, summary: RecomputeSummary): void {
  io.out(`重算已存期限：${summary.text}`);
  for (const s of summary.shifts) io.out(`  ${s.label}（${s.subjectType} ${s.subjectId}）：${s.before.due ?? '无'} → ${s.after.due ?? '无'}${s.after.provisional ? '（暂定）' : ''}`);
}

export const calendarCommand: Command = {
  name: 'calendar',
  summary: '工作日历：列出、导入国务院节假日通知、更正某一天',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('calendar', args, {
      year: { type: 'string' },
      source: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      off: { type: 'string' },
      workday: { type: 'string' },
      clear: { type: 'boolean' },
    });
    const [action, target, ...extra] = positionals;
    if (extra.length) throw usage(`多余的参数：${extra.join(' ')}`);
    const year = parseYear(values.year);
    if (action === 'list') {
      const days = await calendarDays(await cliContext(io), { noticeYear: year });
      if (year === undefined) {
        const years = [...new Set(days.map((d) => d.noticeYear))].sort();
        io.out(`已导入节假日安排的年度：${years.join('、')}（gongkai calendar list --year 年度 查看明细）`);
        return 0;
      }
      if (days.length === 0) io.out(`${year}年节假日安排尚未导入（gongkai calendar import 通知.txt）`);
      for (const source of new Set(days.map((d) => d.source))) io.out(`来源：${source}`);
      for (const d of days) io.out(dayLine(d));
      return 0;
    }
    if (action === 'import') {
      if (!target) throw usage('缺少通知文本文件（- 表示标准输入）');
      const text = target === '-' ? await io.stdin() : await readFile(target, 'utf8');
      const result = await importHolidayNotice(await cliContext(io), { text, year, source: values.source, confirm: values.yes === true });
      const { preview } = result;
      io.out(`${preview.notice.title ?? `${preview.notice.year}年节假日安排`}：解析出 ${preview.notice.holidays.length} 个节日`);
      for (const h of preview.notice.holidays) {
        io.out(`  ${h.name}：放假 ${h.off[0]} 至 ${h.off.at(-1)}（${h.off.length}天）；调休上班 ${h.makeup.join('、') || '无'}`);
      }
      for (const w of preview.notice.warnings) io.err(`注意：${w}`);
      if (preview.replacesYear) io.out(`将替换已有的${preview.notice.year}年安排：新增 ${preview.added.length} 天，删除 ${preview.removed.length} 天，更改 ${preview.changed.length} 天`);
      if (!result.saved) {
        io.out('未保存：核对无误后加 --yes 重新运行以保存');
        return 0;
      }
      io.out(`已保存${preview.notice.year}年节假日安排（${preview.days.length} 天）`);
      printSummary(io, result.recompute);
      return 0;
    }
    if (action === 'set') {
      if (!target) throw usage('缺少日期');
      const chosen = [values.off !== undefined, values.workday !== undefined, values.clear === true].filter(Boolean).length;
      if (chosen !== 1) throw usage('--off、--workday、--clear 须且只能选一个');
      const kind = values.clear ? null : values.off !== undefined ? 'off' : 'makeup_workday';
      const summary = await setCalendarDay(await cliContext(io), { date: target, kind, name: values.off ?? values.workday, source: values.source, noticeYear: year });
      io.out(`${target} 已${kind === null ? '恢复为按周一至周五计算' : `设为${DAY_KIND_LABELS[kind]}`}`);
      printSummary(io, summary);
      return 0;
    }
    throw usage(action ? `未知子命令：${action}` : '缺少子命令（list、import、set）');
  },
};
