import type { FC } from 'hono/jsx';
import { DOWNLOADS, downloadHref } from '../exportRoutes.tsx';

/** 下载目录: the published catalog in the national form, one link per format (plain links, no script). */
export const DownloadArea: FC<{ agencyId: string }> = ({ agencyId }) => (
  <section class="download-area" aria-labelledby="download-title">
    <h2 id="download-title">下载目录</h2>
    <ul class="download-list">
      {DOWNLOADS.map(({ format, label }) => (
        <li>
          <a href={downloadHref(agencyId, format)} download>
            下载 {label}
          </a>
        </li>
      ))}
    </ul>
    <p class="hint">按国家政务公开目录样表导出现行目录；Excel、Word、PDF 为 A4 横向版式。</p>
  </section>
);
