import { assertCan } from '../../domain/accounts/roles.ts';
import { validateCalendarDay, type CalendarDay } from '../../domain/calendar/calendarDay.ts';
import { noticeCalendarDays, parseHolidayNotice, type ParsedNotice } from '../../domain/calendar/noticeParser.ts';
import { deleteNoticeYear, listCalendarDays, saveCalendarDay } from '../../storage/repositories/calendar.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { recomputeDeadlines, type RecomputeSummary } from './recomputeDeadlines.ts';

export interface ImportHolidayNoticeInput {
  /** The pasted text of 国务院办公厅关于XXXX年部分节假日安排的通知. */
  text: string;
  /** The year when the text has no title. */
  year?: number;
  /** Where the notice was published (gov.cn URL); defaults to its title. */
  source?: string;
  /** false: only parse and show what would change; true: save. */
  confirm: boolean;
}

export interface NoticePreview {
  notice: ParsedNotice;
  days: CalendarDay[];
  /** Compared with what the calendar holds now for that notice year. */
  added: CalendarDay[];
  removed: CalendarDay[];
  changed: { before: CalendarDay; after: CalendarDay }[];
  /** True when the year was already loaded: saving replaces it. */
  replacesYear: boolean;
}

export type ImportHolidayNoticeResult = { saved: false; preview: NoticePreview } | { saved: true; preview: NoticePreview; recompute: RecomputeSummary };

/**
 * Parse a State Council notice, show the days found (preview), and on
 * confirmation replace that notice year in the live calendar and recompute the
 * stored deadlines — one transaction, audited as `calendar.notice_imported`.
 */
export async function importHolidayNotice(ctx: AppContext, input: ImportHolidayNoticeInput): Promise<ImportHolidayNoticeResult> {
  assertCan(ctx.actor, 'calendar.edit', { agencyId: null, regionPath: [] });
  const notice = parseHolidayNotice(input.text, { year: input.year });
  const source = input.source?.trim() || notice.title || `国务院办公厅关于${notice.year}年部分节假日安排的通知`;
  const days = noticeCalendarDays(notice, source).map(validateCalendarDay);
  return inTransaction(ctx, async (tx) => {
    const current = await listCalendarDays(tx.db, notice.year);
    const preview = compare(notice, days, current);
    if (!input.confirm) return { saved: false, preview };
    await deleteNoticeYear(tx.db, notice.year);
    for (const day of days) await saveCalendarDay(tx.db, day, tx.clock.now(), tx.actor.id);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'calendar.notice_imported',
      entityType: 'calendar_year',
      entityId: String(notice.year),
      summary: `导入${notice.year}年节假日安排：放假 ${days.filter((d) => d.kind === 'off').length} 天，调休上班 ${days.filter((d) => d.kind === 'makeup_workday').length} 天（${source}）`,
      before: current.length ? current.map(({ date, kind, name }) => ({ date, kind, name })) : undefined,
      after: days.map(({ date, kind, name }) => ({ date, kind, name })),
    });
    const all = [...days, ...current].map((d) => d.date).sort();
    const span = { from: all[0] ?? `${notice.year}-01-01`, to: all.at(-1) ?? `${notice.year}-12-31` };
    return { saved: true, preview, recompute: await recomputeDeadlines(tx, span) };
  });
}

function compare(notice: ParsedNotice, days: CalendarDay[], current: CalendarDay[]): NoticePreview {
  const now = new Map(current.map((d) => [d.date, d]));
  const next = new Map(days.map((d) => [d.date, d]));
  return {
    notice,
    days,
    added: days.filter((d) => !now.has(d.date)),
    removed: current.filter((d) => !next.has(d.date)),
    changed: days
      .filter((d) => now.has(d.date) && (now.get(d.date)!.kind !== d.kind || now.get(d.date)!.name !== d.name))
      .map((after) => ({ before: now.get(after.date)!, after })),
    replacesYear: current.length > 0,
  };
}
