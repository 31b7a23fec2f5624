import type { FC } from 'hono/jsx';
import { describedBy, Field, TextArea, TextInput } from './formFields.tsx';
import type { HolidayGroup, PresentedDay } from '../calendarPresenters.ts';

export interface NoticeFormValues {
  text: string;
  noticeSource: string;
  noticeYear: string;
}

export interface DayFormValues {
  date: string;
  kind: string;
  name: string;
  daySource: string;
}

export const DAY_KINDS: readonly { value: string; label: string }[] = [
  { value: 'off', label: '放假' },
  { value: 'makeup_workday', label: '调休上班' },
  { value: 'clear', label: '恢复按周一至周五计算' },
];

type Errors = Record<string, string>;

/** 导入国务院节假日通知: paste the notice text; the next page shows what was found before anything is saved. */
export const NoticeForm: FC<{ csrfToken: string; values: NoticeFormValues; errors: Errors }> = ({ csrfToken, values, errors }) => (
  <form method="post" action="/admin/calendar/notice" class="form" novalidate>
    <input type="hidden" name="_csrf" value={csrfToken} />
    <TextArea
      name="text"
      label="通知全文"
      value={values.text}
      error={errors.text}
      hint="粘贴《国务院办公厅关于XXXX年部分节假日安排的通知》全文（含标题和“一、元旦：…”各项）"
      rows={10}
    />
    <TextInput name="noticeSource" label="通知网址（可选）" value={values.noticeSource} error={errors.noticeSource} hint="如 https://www.gov.cn/…；不填则记为通知标题" />
    <TextInput name="noticeYear" label="年度（可选）" value={values.noticeYear} error={errors.noticeYear} hint="通知文本没有标题时填写，如 2027" />
    <div class="form-actions">
      <button type="submit" class="button button-primary">预览解析结果</button>
    </div>
  </form>
);

/** 更正单日: set one day to 放假 or 调休上班, or clear it; stored deadlines are recomputed at once. */
export const DayForm: FC<{ csrfToken: string; values: DayFormValues; errors: Errors }> = ({ csrfToken, values, errors }) => (
  <form method="post" action="/admin/calendar/day" class="form" novalidate>
    <input type="hidden" name="_csrf" value={csrfToken} />
    <Field name="date" label="日期" error={errors.date} hint="YYYY-MM-DD，如 2026-10-08">
      <input
        id="date"
        name="date"
        type="text"
        inputmode="numeric"
        value={values.date}
        aria-invalid={errors.date ? 'true' : undefined}
        aria-describedby={describedBy('date', errors.date, 'YYYY-MM-DD')}
      />
    </Field>
    <fieldset class={errors.kind ? 'radio-group has-error' : 'radio-group'} aria-describedby={errors.kind ? 'kind-error' : undefined}>
      <legend>设为</legend>
      {errors.kind ? <p id="kind-error" class="field-error">{errors.kind}</p> : null}
      {DAY_KINDS.map((kind) => (
        <div class="checkbox">
          <input type="radio" id={`kind-${kind.value}`} name="kind" value={kind.value} checked={values.kind === kind.value} />
          <label for={`kind-${kind.value}`}>{kind.label}</label>
        </div>
      ))}
    </fieldset>
    <TextInput name="name" label="节日名称" value={values.name} error={errors.name} hint="如 国庆节；恢复按周一至周五计算时不填" />
    <TextInput name="daySource" label="依据（可选）" value={values.daySource} error={errors.daySource} hint="通知名称或网址；不填则记为“某某手工更正”" />
    <div class="form-actions">
      <button type="submit" class="button button-primary">保存并重算期限</button>
    </div>
  </form>
);

/** Days of the calendar as a table: date, weekday, kind and holiday name. */
export const DaysTable: FC<{ days: PresentedDay[]; caption: string }> = ({ days, caption }) => (
  <div class="table-scroll fit-scroll" role="region" aria-label={caption} tabindex={0}>
    <table class="data-table days-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">日期</th>
          <th scope="col">星期</th>
          <th scope="col">类型</th>
          <th scope="col">名称</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr class={`day-${day.kind}`}>
            <td class="nowrap">{day.date}</td>
            <td>{day.weekday}</td>
            <td><span class={`day-kind day-kind-${day.kind}`}>{day.kindLabel}</span></td>
            <td>{day.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);


/** Dates and ranges that wrap between dates, never inside one (a 360 px screen). */
const Dates: FC<{ text: string }> = ({ text }) => (
  <>
    {text.split('、').map((part, index) => (
      <>
        {index > 0 ? '、' : ''}
        {part.split(' 至 ').map((date, i) => (
          <>
            {i > 0 ? ' 至 ' : ''}
            <span class="nowrap">{date}</span>
          </>
        ))}
      </>
    ))}
  </>
);

/** A year's holidays as the notice lists them: days off (as ranges), how many, and the make-up workdays. */
export const HolidayTable: FC<{ holidays: HolidayGroup[]; caption: string }> = ({ holidays, caption }) => (
  <div class="table-scroll fit-scroll" role="region" aria-label={caption} tabindex={0}>
    <table class="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">节日</th><th scope="col">放假</th><th scope="col">天数</th><th scope="col">调休上班</th></tr>
      </thead>
      <tbody>
        {holidays.map((h) => (
          <tr><th scope="row" class="nowrap">{h.name}</th><td><Dates text={h.off} /></td><td>{h.offDays}</td><td><Dates text={h.makeup} /></td></tr>
        ))}
      </tbody>
    </table>
  </div>
);
