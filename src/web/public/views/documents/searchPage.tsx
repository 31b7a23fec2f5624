import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { Layout, type Crumb, type Viewer } from '../../../shared/layout.tsx';
import type { PageInfo } from '../../documentPresenters.ts';
import { DisclosureNav } from './disclosureNav.tsx';
import { Pager, withPage } from './pager.tsx';

export interface SearchResultLine {
  url: string;
  /** Escaped by the backend, with only <mark> around matches. */
  titleHtml: string;
  snippetHtml: string;
  indexNumber: string;
  publisher: string;
  publishedOn: string;
  validityLabel: string;
  /** Query words the document lacks (partial matches). */
  missing: string[];
}

export interface SearchPageProps {
  action: string;
  fixedAgency: { id: string; name: string } | null;
  query: string;
  truncated: boolean;
  tooShort: boolean;
  filters: { agency: string; item: string; year: string; validity: string };
  agencies: { id: string; name: string }[];
  items: { id: string; label: string }[];
  years: number[];
  results: SearchResultLine[];
  info: PageInfo | null;
  capped: boolean;
  /** No document has every word: these are the best partial matches. */
  partial: boolean;
  /** 目录事项 and 单位 that match, above the documents. */
  /** Items and agencies: those the query names (`named`) above the documents, the others after them. */
  catalogItems: { url: string; labelHtml: string; agencyName: string; missing: string[]; named: boolean }[];
  agencyHits: { id: string; name: string; url: string; guideUrl: string; named: boolean }[];
  /** «您是不是要找：…» when nothing matched. */
  suggestions: { label: string; href: string }[];
  viewer: Viewer | null;
}

const VALIDITY_OPTIONS = [['', '全部'], ['effective', '有效'], ['expired', '失效'], ['repealed', '废止']] as const;

const Select: FC<{ name: string; label: string; value: string; options: readonly (readonly [string, string])[] }> = ({ name, label, value, options }) => (
  <div class="field search-filter">
    <label for={`search-${name}`}>{label}</label>
    <select id={`search-${name}`} name={name}>
      {options.map(([v, text]) => <option value={v} selected={v === value}>{text}</option>)}
    </select>
  </div>
);

function outcome(props: SearchPageProps): string | null {
  if (!props.query) return '请输入要查找的文件标题、文号或正文中的词语。';
  if (props.tooShort) return '没有可检索的词语：请输入至少一个汉字词语或两个以上的字母、数字。';
  if (props.info && props.info.total === 0) return `没有找到与“${props.query}”相关的已公开文件。`;
  if (props.partial) return '没有同时包含全部词语的文件，以下是最接近的结果。';
  return null;
}

const Missing: FC<{ words: string[] }> = ({ words }) => (words.length ? <p class="result-missing">未找到：{words.join('、')}</p> : null);

/**
 * 单位 and 目录事项 blocks, each line a link to the agency (and its 指南) or the item: above the documents those the
 * query names (`place` "top"), after them those that only share words with it ("more": 相关单位, 相关目录事项), since
 * documents answer such a query better (年报 → the reports, not the item 政府信息公开年报).
 */
const CatalogHits: FC<SearchPageProps & { place: 'top' | 'more' }> = ({ place, ...props }) => {
  const named = place === 'top';
  // With no documents on the page, the items go above (nothing to push down); an agency only when the query names it.
  const agencyHits = props.agencyHits.filter((a) => a.named === named);
  const catalogItems = props.catalogItems.filter((i) => (i.named || props.results.length === 0) === named);
  const id = (base: string) => (named ? base : `more-${base}`);
  return (
  <>
    {agencyHits.length ? (
      <section aria-labelledby={id('agency-hits-title')} class="search-results search-agencies">
        <h2 id={id('agency-hits-title')}>{named ? '单位' : '相关单位'}</h2>
        <ul class="result-list">
          {agencyHits.map((a) => <li><a href={a.url} class="result-title">{a.name}</a> <a href={a.guideUrl}>政府信息公开指南</a></li>)}
        </ul>
      </section>
    ) : null}
    {catalogItems.length ? (
      <section aria-labelledby={id('item-hits-title')} class="search-results search-items">
        <h2 id={id('item-hits-title')}>{named ? '目录事项' : '相关目录事项'}</h2>
        <ul class="result-list">
          {catalogItems.map((i) => (
            <li>
              <a href={i.url} class="result-title">{raw(i.labelHtml)}</a>
              <p class="document-meta"><span>{i.agencyName}</span></p>
              <Missing words={i.missing} />
            </li>
          ))}
        </ul>
      </section>
    ) : null}
  </>
  );
};

/** 检索: a plain GET form (works without JavaScript), results by relevance then date, highlighted, paged. */
export const SearchPage: FC<SearchPageProps> = (props) => {
  const { fixedAgency, filters } = props;
  const crumbs: Crumb[] = fixedAgency
    ? [{ label: '首页', href: '/' }, { label: fixedAgency.name, href: `/agencies/${fixedAgency.id}` }, { label: '检索' }]
    : [{ label: '首页', href: '/' }, { label: '检索' }];
  const message = outcome(props);
  const params = { q: props.query, agency: fixedAgency ? '' : filters.agency, item: filters.item, year: filters.year, validity: filters.validity };
  return (
    <Layout title={props.query ? `检索：${props.query}` : '检索'} viewer={props.viewer} breadcrumbs={crumbs}>
      {fixedAgency ? <DisclosureNav agencyId={fixedAgency.id} current="search" /> : null}
      <h1>{fixedAgency ? `在${fixedAgency.name}检索` : '全站检索'}</h1>
      <form method="get" action={props.action} class="search-form" role="search">
        <div class="field search-query">
          <label for="search-q">关键词</label>
          <input id="search-q" type="search" name="q" value={props.query} maxlength={100} />
        </div>
        {fixedAgency ? null : <Select name="agency" label="单位" value={filters.agency} options={[['', '全部单位'], ...props.agencies.map((a) => [a.id, a.name] as const)]} />}
        {props.items.length ? <Select name="item" label="目录事项" value={filters.item} options={[['', '全部事项'], ...props.items.map((i) => [i.id, i.label] as const)]} /> : null}
        <Select name="year" label="发布年份" value={filters.year} options={[['', '不限'], ...props.years.map((y) => [String(y), `${y}年`] as const)]} />
        <Select name="validity" label="有效性" value={filters.validity} options={VALIDITY_OPTIONS} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">检索</button>
        </div>
      </form>
      {props.truncated ? <p class="alert alert-warning">检索词过长，已只用前100个字检索。</p> : null}
      <CatalogHits {...props} place="top" />
      <section aria-labelledby="results-title" class="search-results">
        <h2 id="results-title">检索结果{props.info && props.info.total > 0 ? (props.capped ? `（超过${props.info.total}条）` : `（共${props.info.total}条）`) : ''}</h2>
        {message ? <p class="empty">{message}</p> : null}
        {props.suggestions.length ? (
          <p class="search-suggestions">您是不是要找：{props.suggestions.map((s, i) => <>{i ? '、' : ''}<a href={s.href}>{s.label}</a></>)}</p>
        ) : null}
        {props.results.length ? (
          <ol class="result-list">
            {props.results.map((r) => (
              <li>
                <a href={r.url} class="result-title">{raw(r.titleHtml)}</a>
                <p class="result-snippet">{raw(r.snippetHtml)}</p>
                <Missing words={r.missing} />
                <p class="document-meta">
                  <span>{r.publisher}</span>
                  <span>索引号：{r.indexNumber}</span>
                  <time datetime={r.publishedOn}>{r.publishedOn}</time>
                  {r.validityLabel !== '有效' ? <span class="status status-returned">{r.validityLabel}</span> : null}
                </p>
              </li>
            ))}
          </ol>
        ) : null}
        {props.info ? <Pager info={props.info} href={(page) => withPage(props.action, params, page)} /> : null}
      </section>
      <CatalogHits {...props} place="more" />
    </Layout>
  );
};
