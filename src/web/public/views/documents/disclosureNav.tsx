import type { FC } from 'hono/jsx';

export type ColumnPart = 'guide' | 'organization' | 'rules' | 'content' | 'reports' | 'apply' | 'search';

const PARTS: { part: ColumnPart; label: string; path: string }[] = [
  { part: 'guide', label: '政府信息公开指南', path: 'guide' },
  { part: 'organization', label: '机构信息', path: 'organization' },
  { part: 'rules', label: '政府信息公开制度', path: 'rules' },
  { part: 'content', label: '法定主动公开内容', path: 'content' },
  { part: 'reports', label: '政府信息公开年报', path: 'reports' },
  { part: 'apply', label: '依申请公开', path: 'apply' },
  { part: 'search', label: '本单位检索', path: 'search' },
];

/** The unified 政府信息公开 column (国办公开办函〔2019〕61号): the four standard parts, 依申请公开 and search. */
export const DisclosureNav: FC<{ agencyId: string; current?: ColumnPart }> = ({ agencyId, current }) => (
  <nav class="disclosure-nav" aria-label="政府信息公开栏目">
    <ul>
      {PARTS.map(({ part, label, path }) => (
        <li>
          <a href={`/agencies/${agencyId}/${path}`} aria-current={part === current ? 'page' : undefined}>
            {label}
          </a>
        </li>
      ))}
      <li>
        <a href={`/agencies/${agencyId}/feed.xml`} type="application/atom+xml">订阅（Atom）</a>
      </li>
    </ul>
  </nav>
);
