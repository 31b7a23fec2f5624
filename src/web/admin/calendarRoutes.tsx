import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { calendarDays } from '../../app/calendar/calendarDays.ts';
import { importHolidayNotice } from '../../app/calendar/importHolidayNotice.ts';
import { setCalendarDay } from '../../app/calendar/setCalendarDay.ts';
import { can } from '../../domain/accounts/roles.ts';
import { DAY_KIND_LABELS, type CalendarDayKind } from '../../domain/calendar/index.ts';
import { ForbiddenError, isDomainError, type DomainError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { calendarWarnings, presentDay, presentHolidayGroups, presentNoticePreview, presentRecompute, presentYears } from './calendarPresenters.ts';
import type { DayFormValues, NoticeFormValues } from './views/calendarForms.tsx';
import { CalendarPage, type CalendarPageProps } from './views/calendarPage.tsx';
import { NoticePreviewPage } from './views/noticePreviewPage.tsx';

type Body = { Body: Record<string, unknown> | undefined };
type PageState = Partial<Pick<CalendarPageProps, 'notice' | 'day' | 'errors' | 'result'>> & { year?: number; status?: number };

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const EMPTY_NOTICE: NoticeFormValues = { text: '', noticeSource: '', noticeYear: '' };
const EMPTY_DAY: DayFormValues = { date: '', kind: 'off', name: '', daySource: '' };

function requireCalendarAdmin(request: FastifyRequest): void {
  if (!can(request.actor, 'calendar.edit', { agencyId: null, regionPath: [] })) throw new ForbiddenError('只有系统管理员可以管理工作日历');
}

async function showCalendar(request: FastifyRequest, reply: FastifyReply, state: PageState) {
  const ctx = contextOf(request);
  const today = ctx.clock.today();
  const days = await calendarDays(ctx);
  const years = presentYears(days);
  const thisYear = Number(today.slice(0, 4));
  const year = state.year ?? (years.some((y) => y.year === thisYear) ? thisYear : years[0]?.year);
  const inYear = days.filter((d) => d.noticeYear === year);
  const page = (
    <CalendarPage
      viewer={staffViewerOf(request, reply)}
      today={today}
      warnings={calendarWarnings(years, today)}
      years={years}
      selected={year === undefined ? null : { year, days: inYear.map(presentDay), holidays: presentHolidayGroups(inYear), sources: [...new Set(inYear.map((d) => d.source))] }}
      notice={state.notice ?? EMPTY_NOTICE}
      day={state.day ?? EMPTY_DAY}
      errors={state.errors ?? {}}
      result={state.result ?? null}
    />
  );
  return sendPage(reply, page, state.status ?? 200);
}

/** Field messages of a refused form: the error's own issues by field, else the whole message on `fallback`. */
function messagesOf(error: DomainError, fields: Record<string, string>, fallback: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = fields[issue.path] ?? fallback;
    out[field] = out[field] ? `${out[field]}；${issue.message}` : issue.message;
  }
  return Object.keys(out).length ? out : { [fallback]: error.message };
}

const isFormError = (error: unknown): error is DomainError =>
  isDomainError(error) && ['validation.failed', 'calendar.notice_unparsed', 'calendar.unknown_year'].includes(error.code);

/** 工作日历 for system admins: list, notice preview → confirm, single-day correction; each change shows its recompute summary. */
export function registerCalendarRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { year?: string } }>('/calendar', async (request, reply) => {
    requireCalendarAdmin(request);
    const year = /^20\d\d$/.test(request.query.year ?? '') ? Number(request.query.year) : undefined;
    return showCalendar(request, reply, { year });
  });

  app.post<Body>('/calendar/notice', async (request, reply) => {
    requireCalendarAdmin(request);
    const values: NoticeFormValues = { text: text(request.body?.text), noticeSource: text(request.body?.noticeSource).trim(), noticeYear: text(request.body?.noticeYear).trim() };
    if (!values.text.trim()) return showCalendar(request, reply, { notice: values, errors: { text: '请粘贴通知全文' }, status: 400 });
    if (values.noticeYear && !/^20\d\d$/.test(values.noticeYear)) {
      return showCalendar(request, reply, { notice: values, errors: { noticeYear: '年度应为 2000–2099 的四位数字' }, status: 400 });
    }
    const confirm = text(request.body?.confirm) === '1';
    try {
      const input = { text: values.text, year: values.noticeYear ? Number(values.noticeYear) : undefined, source: values.noticeSource || undefined, confirm };
      const result = await importHolidayNotice(contextOf(request), input);
      if (!result.saved) return sendPage(reply, <NoticePreviewPage viewer={staffViewerOf(request, reply)} preview={presentNoticePreview(result.preview)} values={values} />);
      const message = `已保存${result.preview.notice.year}年节假日安排（${result.preview.days.length} 天）`;
      return showCalendar(request, reply, { year: result.preview.notice.year, result: { message, recompute: presentRecompute(result.recompute) } });
    } catch (error) {
      if (!isFormError(error)) throw error;
      return showCalendar(request, reply, { notice: values, errors: messagesOf(error, { year: 'noticeYear', source: 'noticeSource' }, 'text'), status: 400 });
    }
  });

  app.post<Body>('/calendar/day', async (request, reply) => {
    requireCalendarAdmin(request);
    const values: DayFormValues = { date: text(request.body?.date).trim(), kind: text(request.body?.kind), name: text(request.body?.name).trim(), daySource: text(request.body?.daySource).trim() };
    const errors: Record<string, string> = {};
    if (!values.date) errors.date = '请填写日期';
    if (!['off', 'makeup_workday', 'clear'].includes(values.kind)) errors.kind = '请选择放假、调休上班或恢复';
    if (values.kind !== 'clear' && values.kind && !values.name) errors.name = '请填写节日名称';
    if (Object.keys(errors).length) return showCalendar(request, reply, { day: values, errors, status: 400 });
    const kind = values.kind === 'clear' ? null : (values.kind as CalendarDayKind);
    try {
      const summary = await setCalendarDay(contextOf(request), { date: values.date, kind, name: values.name || undefined, source: values.daySource || undefined });
      const message = `${values.date} 已${kind === null ? '恢复为按周一至周五计算' : `设为${DAY_KIND_LABELS[kind]}（${values.name}）`}`;
      return showCalendar(request, reply, { year: Number(values.date.slice(0, 4)), result: { message, recompute: presentRecompute(summary) } });
    } catch (error) {
      if (!isFormError(error)) throw error;
      const fields = { date: 'date', kind: 'kind', name: 'name', source: 'daySource', noticeYear: 'date' };
      return showCalendar(request, reply, { day: values, errors: messagesOf(error, fields, 'date'), status: 400 });
    }
  });
}
