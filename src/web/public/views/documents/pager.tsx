import type { FC } from 'hono/jsx';
import type { PageInfo } from '../../documentPresenters.ts';

/** 上一页 / 下一页 links that keep the other query parameters; nothing when there is one page. */
export const Pager: FC<{ info: PageInfo; href: (page: number) => string }> = ({ info, href }) =>
  info.pages > 1 ? (
    <nav class="pager" aria-label="分页">
      {info.page > 1 ? <a href={href(info.page - 1)} rel="prev">上一页</a> : null}
      <span>
        第 {info.page} / {info.pages} 页（共 {info.total} 条）
      </span>
      {info.page < info.pages ? <a href={href(info.page + 1)} rel="next">下一页</a> : null}
    </nav>
  ) : null;

/** A URL with `page` set (or removed for page 1), keeping the other parameters in order. */
export function withPage(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
