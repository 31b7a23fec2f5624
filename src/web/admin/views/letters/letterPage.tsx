import type { FC } from 'hono/jsx';
import { LETTER_KIND_INFO, LETTER_STATUS_LABELS, isLetterEditable, type LetterModel } from '../../../../domain/applications/letters/index.ts';
import type { StoredLetter } from '../../../../app/applications/letters/letterAccess.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { chinaTime } from '../../presenters.ts';
import { LetterEditForm, LetterWorkflow, Post, type LetterAbilities } from './letterForms.tsx';

export interface LetterPageProps {
  viewer: Viewer;
  trackingNo: string;
  letter: StoredLetter;
  model: LetterModel;
  can: LetterAbilities;
  refusal: string | null;
  today: string;
  notice: string | null;
  error: { message: string; issues: string[] } | null;
  values: { title: string; addressee: string; body: string };
  errors: Record<string, string>;
}

const Signed: FC<{ label: string; at: string | null }> = ({ label, at }) => (
  <div>
    <dt>{label}</dt>
    <dd>{at ? chinaTime(at) : '—'}</dd>
  </div>
);

/** The letter as it will print, in HTML: title, 文号, addressee, paragraphs, attachments, signature. */
const Preview: FC<{ model: LetterModel }> = ({ model }) => (
  <article class="letter-preview" aria-label="文书预览">
    <h2 class="letter-title">{model.title}</h2>
    <p class="letter-number">{model.numberLine}</p>
    <p>{model.addressee}</p>
    {model.paragraphs.map((text) => <p class="letter-paragraph">{text}</p>)}
    {model.attachments.length ? <p class="letter-paragraph">附件：{model.attachments.join('；')}</p> : null}
    <p class="letter-signature">{model.agencyName}</p>
    <p class="letter-signature">{model.dateLine}</p>
  </article>
);

/** One letter for staff: preview, downloads, the sign-off steps, the draft's text and the information attached. */
export const LetterPage: FC<LetterPageProps> = (props) => {
  const { letter, can } = props;
  const base = `/admin/applications/${letter.applicationId}/letters/${letter.id}`;
  const editable = can.prepare && isLetterEditable(letter.status);
  const label = LETTER_KIND_INFO[letter.kind].label;
  return (
    <Layout
      title={`${label}${letter.number ? ` ${letter.number}` : ''}`}
      viewer={props.viewer}
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `申请 ${props.trackingNo}`, href: `/admin/applications/${letter.applicationId}` }, { label: '文书', href: `/admin/applications/${letter.applicationId}/letters` }, { label }]}
    >
      <h1>{label}</h1>
      {props.notice ? <p class="alert alert-success" role="status">{props.notice}</p> : null}
      {props.error ? (
        <div class="alert alert-error" role="alert">
          <p>{props.error.message}</p>
          {props.error.issues.length > 1 ? <ul>{props.error.issues.map((issue) => <li>{issue}</li>)}</ul> : null}
        </div>
      ) : null}
      <dl class="meta-list">
        <div><dt>状态</dt><dd>{LETTER_STATUS_LABELS[letter.status]}</dd></div>
        <div><dt>文号</dt><dd>{letter.number ?? '审签时编定'}</dd></div>
        <div><dt>依据</dt><dd>{LETTER_KIND_INFO[letter.kind].article}</dd></div>
        <Signed label="填表人提交" at={letter.preparedAt} />
        <Signed label="复核人复核" at={letter.reviewedAt} />
        <Signed label="审签人审签" at={letter.approvedAt} />
        <div><dt>送达日期</dt><dd>{letter.sentOn ?? '—'}</dd></div>
        {letter.returnComment && letter.status === 'returned' ? <div><dt>退回意见</dt><dd>{letter.returnComment}</dd></div> : null}
      </dl>
      <p>
        <a class="button" href={`${base}/download.docx`}>下载 Word</a> <a class="button" href={`${base}/download.pdf`}>下载 PDF</a>
      </p>
      <LetterWorkflow base={base} status={letter.status} can={can} csrf={props.viewer.csrfToken} refusal={props.refusal} today={props.today} />
      <Preview model={props.model} />
      <section aria-labelledby="letter-files">
        <h2 id="letter-files">提供的信息（附件）</h2>
        {letter.attachments.length ? (
          <ul class="attachment-admin-list">
            {letter.attachments.map((a) => (
              <li>
                <a href={`${base}/attachments/${a.id}`}>{a.name}</a> <span class="muted">（{(a.size / 1024).toFixed(1)} KB）</span>
                {editable ? (
                  <Post action={`${base}/attachments/${a.id}/remove`} csrf={props.viewer.csrfToken} class="inline-form">
                    <button type="submit" class="link-button">删除<span class="visually-hidden"> {a.name}</span></button>
                  </Post>
                ) : null}
              </li>
            ))}
          </ul>
        ) : <p class="muted">没有附件。</p>}
        {editable ? (
          <Post action={`${base}/attachments`} csrf={props.viewer.csrfToken} class="form" enctype="multipart/form-data">
            <div class="field">
              <label for="letter-file">附上文件</label>
              <p id="letter-file-hint" class="hint">PDF、Word、Excel、PNG/JPEG/GIF；按文件内容识别类型，含宏的文件会被拒绝。</p>
              <input id="letter-file" name="file" type="file" aria-describedby="letter-file-hint" />
            </div>
            <button type="submit" class="button">上传</button>
          </Post>
        ) : null}
      </section>
      {editable ? <LetterEditForm base={base} csrf={props.viewer.csrfToken} values={props.values} errors={props.errors} /> : null}
    </Layout>
  );
};
