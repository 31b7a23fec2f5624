import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { CalendarYear, HolidayGroup, PresentedDay, PresentedRecompute } from '../calendarPresenters.ts';
import { DayForm, DaysTable, HolidayTable, NoticeForm, type DayFormValues, type NoticeFormValues } from './calendarForms.tsx';

export interface CalendarPageProps {
  viewer: Viewer;
  today: string;
  warnings: string[];
  years: CalendarYear[];
  selected: { year: number; days: PresentedDay[]; holidays: HolidayGroup[]; sources: string[] } | null;
  notice: NoticeFormValues;
  day: DayFormValues;
  errors: Record<string, string>;
  /** What the last change did: a sentence and the recompute summary. */
  result: { message: string; recompute: PresentedRecompute } | null;
}

export const RecomputeResult: FC<{ message: string; recompute: PresentedRecompute }> = ({ message, recompute }) => (
  <div class="alert alert-success" role="status">
    <p><strong>{message}</strong></p>
    <p>重算已存期限：{recompute.text}</p>
    {recompute.shifts.length > 0 ? (
      <ul>
        {recompute.shifts.map((s) => (
          <li>{`${s.label}：${s.before} → ${s.after}（${s.change}）`}</li>
        ))}
      </ul>
    ) : null}
  </div>
);

/** 工作日历 (system admins): loaded years and their days, the notice import and the single-day correction. */
export const CalendarPage: FC<CalendarPageProps> = ({ viewer, today, warnings, years, selected, notice, day, errors, result }) => (
  <Layout title="工作日历" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '工作日历' }]}>
    <h1>工作日历</h1>
    <p class="hint">今日：{today}。法定期限按此日历计算：放假日不计入工作日，调休上班日计入。</p>
    {warnings.map((warning) => (
      <p class="alert alert-warning" role="alert"><strong>请导入节假日安排：</strong>{warning}</p>
    ))}
    {result ? <RecomputeResult message={result.message} recompute={result.recompute} /> : null}
    <section aria-labelledby="years-title">
      <h2 id="years-title">已导入的年度</h2>
      <ul class="year-list">
        {years.map((y) => (
          <li>
            <a href={`/admin/calendar?year=${y.year}`} aria-current={selected?.year === y.year ? 'page' : undefined}>{y.year}年</a>
            <span class="muted">{` 放假 ${y.off} 天，调休上班 ${y.makeup} 天`}</span>
          </li>
        ))}
      </ul>
    </section>
    {selected ? (
      <section aria-labelledby="days-title">
        <h2 id="days-title">{selected.year}年放假和调休上班日</h2>
        {selected.days.length === 0 ? (
          <p class="empty">{selected.year}年节假日安排尚未导入。</p>
        ) : (
          <>
            <ul class="source-list">
              {selected.sources.map((source) => (
                <li>来源：{/^https?:\/\//.test(source) ? <a href={source}>{source}</a> : source}</li>
              ))}
            </ul>
            <HolidayTable holidays={selected.holidays} caption={`${selected.year}年节假日安排（按通知年度）`} />
            <details class="day-details">
              <summary>逐日明细（{selected.days.length} 天）</summary>
              <DaysTable days={selected.days} caption={`${selected.year}年逐日明细`} />
            </details>
          </>
        )}
      </section>
    ) : null}
    <section aria-labelledby="notice-title">
      <h2 id="notice-title">导入国务院节假日安排通知</h2>
      <NoticeForm csrfToken={viewer.csrfToken} values={notice} errors={errors} />
    </section>
    <section aria-labelledby="day-title">
      <h2 id="day-title">更正单日</h2>
      <DayForm csrfToken={viewer.csrfToken} values={day} errors={errors} />
    </section>
  </Layout>
);
