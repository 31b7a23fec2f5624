import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { Field, describedBy } from './formFields.tsx';

export interface ImportUploadPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  /** Why the last upload was refused, shown next to the file field. */
  error: string | null;
  /** The name of the file the user chose last time (a browser cannot refill a file field). */
  lastFileName: string | null;
}

const HINT = '支持 Word（.docx）、Excel（.xlsx）、带文字层的 PDF 和文本文件，不超过 50 MB。系统按国家目录样表读取表格，先显示预览，确认后才保存为新草稿。';

/** 导入目录文件: one file, read on the server, then a preview; nothing is saved by this form. */
export const ImportUploadPage: FC<ImportUploadPageProps> = ({ viewer, agency, error, lastFileName }) => (
  <Layout
    title={`导入目录文件 - ${agency.name}`}
    viewer={viewer}
    breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: agency.name, href: `/admin/agencies/${agency.id}` }, { label: '导入目录文件' }]}
  >
    <h1>导入目录文件</h1>
    <p class="hint">{agency.name}</p>
    {error ? (
      <div class="alert alert-error" role="alert">
        <p>文件未能导入，请查看下方说明。</p>
      </div>
    ) : null}
    <form method="post" action={`/admin/agencies/${agency.id}/import`} enctype="multipart/form-data" class="form narrow-form" novalidate>
      <input type="hidden" name="_csrf" value={viewer.csrfToken} />
      <Field name="file" label="目录文件" error={error ?? undefined} hint={HINT}>
        {lastFileName ? <p class="last-file">上次选择的文件：{lastFileName}</p> : null}
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".docx,.xlsx,.pdf,.txt,.csv,.tsv"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('file', error ?? undefined, HINT)}
        />
      </Field>
      <div class="form-actions">
        <button type="submit" class="button button-primary">上传并预览</button>
        <a href={`/admin/agencies/${agency.id}`} class="button">取消</a>
      </div>
    </form>
  </Layout>
);
