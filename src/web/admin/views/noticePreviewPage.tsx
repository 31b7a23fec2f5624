import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PresentedNoticePreview } from '../calendarPresenters.ts';
import { DaysTable, HolidayTable, NoticeForm, type NoticeFormValues } from './calendarForms.tsx';

/** What a pasted notice would change, before anything is saved: holidays found, days added/removed/changed, 确认保存. */
export const NoticePreviewPage: FC<{ viewer: Viewer; preview: PresentedNoticePreview; values: NoticeFormValues }> = ({ viewer, preview, values }) => (
  <Layout
    title={`预览：${preview.year}年节假日安排`}
    viewer={viewer}
    breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '工作日历', href: '/admin/calendar' }, { label: '通知预览' }]}
  >
    <h1>{`预览：${preview.title}`}</h1>
    <p>解析出 {preview.holidays.length} 个节日，共 {preview.dayCount} 天（放假日和调休上班日）。尚未保存。</p>
    {preview.warnings.map((warning) => (
      <p class="alert alert-warning">注意：{warning}</p>
    ))}
    <HolidayTable holidays={preview.holidays} caption="解析出的节日" />
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">与现有日历相比</h2>
      <p>
        {preview.replacesYear ? `将替换已有的${preview.year}年安排：` : `${preview.year}年尚未导入，将新增：`}
        新增 {preview.added.length} 天，删除 {preview.removed.length} 天，更改 {preview.changed.length} 天。
      </p>
      {preview.added.length ? <DaysTable days={preview.added} caption="新增的日期" /> : null}
      {preview.removed.length ? <DaysTable days={preview.removed} caption="删除的日期" /> : null}
      {preview.changed.length ? (
        <ul>
          {preview.changed.map((c) => (
            <li>{`${c.after.date}：${c.before.kindLabel}（${c.before.name}）→ ${c.after.kindLabel}（${c.after.name}）`}</li>
          ))}
        </ul>
      ) : null}
    </section>
    <form method="post" action="/admin/calendar/notice" class="actions-panel">
      <input type="hidden" name="_csrf" value={viewer.csrfToken} />
      <input type="hidden" name="text" value={values.text} />
      <input type="hidden" name="noticeSource" value={values.noticeSource} />
      <input type="hidden" name="noticeYear" value={values.noticeYear} />
      <input type="hidden" name="confirm" value="1" />
      <p>保存后，{preview.year}年的安排以此为准，受影响的已存期限立即重算。</p>
      <button type="submit" class="button button-primary" data-confirm={`确认保存${preview.year}年节假日安排？`}>确认保存</button>{' '}
      <a href="/admin/calendar" class="button">放弃</a>
    </form>
    <details class="edit-notice">
      <summary>修改通知文本后重新预览</summary>
      <NoticeForm csrfToken={viewer.csrfToken} values={values} errors={{}} />
    </details>
  </Layout>
);
