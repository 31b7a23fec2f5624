import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { CatalogTable } from '../../public/views/catalogTable.tsx';
import type { FindingsSummary } from '../findings.ts';
import type { AdminTable } from '../presenters.ts';
import type { PresentedChanges } from '../versionChangesPresenter.ts';
import { FindingsList } from './findingsList.tsx';
import { HeaderLines, SummaryLinesBlock } from '../../public/views/summaryLines.tsx';
import { VersionChanges } from './versionChanges.tsx';

const FORMAT_LABELS: Record<string, string> = { docx: 'Word（.docx）', xlsx: 'Excel（.xlsx）', pdf: 'PDF', text: '文本' };

export interface ImportPreviewPageProps {
  viewer: Viewer;
  preview: { id: string; agencyId: string; agencyName: string; fileName: string; format: string; itemCount: number; expiresAt: string };
  table: AdminTable;
  findings: FindingsSummary;
  /** The agency's version in progress, which must be finished before an import can be saved. */
  blockedBy: { id: string; number: number; statusLabel: string } | null;
  /** The file against the agency's current version, or null when the agency has none yet. */
  differences: PresentedChanges | null;
  /** Items the file would set back to an older version's content, one sentence per pair of versions. */
  revertWarnings: string[];
}

/** The file holds content that a later version changed: say so, naming the items, before the save button. */
const RevertWarnings: FC<{ warnings: string[] }> = ({ warnings }) =>
  warnings.length ? (
    <div class="alert alert-warning revert-warning" role="alert">
      <p><strong>该文件可能早于本单位最近的修改：</strong></p>
      <ul>{warnings.map((warning) => <li>{warning}</li>)}</ul>
      <p>如确需恢复旧内容，请逐项核对后再保存；否则请先导出当前版本，在其基础上修改后再导入。</p>
    </div>
  ) : null;

/** What was read from the file, before anything is saved: the table, the findings, and 保存为新草稿. */
export const ImportPreviewPage: FC<ImportPreviewPageProps> = ({ viewer, preview, table, findings, blockedBy, differences, revertWarnings }) => (
  <Layout
    title={`导入预览 - ${preview.agencyName}`}
    viewer={viewer}
    breadcrumbs={[
      { label: '工作台', href: '/admin' },
      { label: preview.agencyName, href: `/admin/agencies/${preview.agencyId}` },
      { label: '导入预览' },
    ]}
    mainClass="wide"
  >
    <h1>导入预览</h1>
    <dl class="meta-list">
      <div><dt>文件</dt><dd>{preview.fileName}</dd></div>
      <div><dt>格式</dt><dd>{FORMAT_LABELS[preview.format] ?? preview.format}</dd></div>
      <div><dt>读取事项</dt><dd>{preview.itemCount} 项</dd></div>
      <div><dt>预览保留至</dt><dd>{preview.expiresAt}</dd></div>
    </dl>
    <section class="actions-panel" aria-labelledby="save-title">
      <h2 id="save-title">保存</h2>
      <RevertWarnings warnings={revertWarnings} />
      {blockedBy ? (
        <p class="alert alert-warning">
          本单位已有在办的<a href={`/admin/versions/${blockedBy.id}`}>目录第{blockedBy.number}版</a>（{blockedBy.statusLabel}）。一个单位同时只能有一个在办版本，请先办结该版本再保存导入的目录。
        </p>
      ) : (
        <form method="post" action={`/admin/imports/${preview.id}/confirm`} class="inline-form">
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <button type="submit" class="button button-primary">保存为新草稿</button>
        </form>
      )}
      <p class="hint">
        保存后为草稿，仍需提交复核、审签后才会公开。内容不对？<a href={`/admin/agencies/${preview.agencyId}/import`}>重新上传文件</a>
      </p>
      <p class="hint">
        <a href="#findings-title">检查结果（{findings.findings.length} 条）</a> · <a href="#preview-items-title">读取的目录（{preview.itemCount} 项）</a>
      </p>
    </section>
    {differences ? <VersionChanges changes={differences} id="differences-title" /> : null}
    <FindingsList summary={findings} />
    <section aria-labelledby="preview-items-title">
      <h2 id="preview-items-title">读取的目录</h2>
      {table.title ? <p class="table-title">{table.title}</p> : null}
      {table.headerLines ? <HeaderLines lines={table.headerLines} /> : null}
      <SummaryLinesBlock summary={table.summary} sourceLayout={table.headerLines !== null} />
      <CatalogTable catalog={table} headingLevel={3} />
    </section>
  </Layout>
);
