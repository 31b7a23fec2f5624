import type { Child, FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PresentedDeadline } from '../deadline.ts';
import type { PublicItem } from '../presenters.ts';
import type { TableColumn } from '../../../domain/catalog/tableColumns.ts';
import { agencyCrumbs } from './agencyPage.tsx';
import { DeadlineNotice } from './deadlineNotice.tsx';
import { BasisList, ChannelList } from './marks.tsx';
import { ItemDocuments, type ItemDocumentsData } from './documents/itemDocuments.tsx';

export interface ItemPageProps {
  agency: { id: string; name: string };
  item: PublicItem;
  /** The catalog's columns as written (domain/catalog/tableColumns.ts); null: the national form's fields. */
  columns: TableColumn[] | null;
  deadline: PresentedDeadline;
  /** The documents published under this item (newest first, paged). */
  documents?: ItemDocumentsData;
  viewer: Viewer | null;
}

const Field: FC<{ label: string; children?: Child }> = ({ label, children }) => (
  <div class="field-row">
    <dt>{label}</dt>
    <dd>{children === null || children === undefined || children === '' ? '—' : children}</dd>
  </div>
);

const ticked = (marks: { name: string; ticked: boolean }[]) =>
  marks.filter((mark) => mark.ticked).map((mark) => mark.name).join('、') || '未标注';

export const itemName = (item: Pick<PublicItem, 'level2' | 'content'>) => item.level2 ?? item.content ?? '事项';

/** One field as the catalog's column shows it: text as written, marks by their sub-column labels as written. */
const ColumnField: FC<{ item: PublicItem; column: TableColumn }> = ({ item, column }) => {
  const { field } = column;
  if (field === 'audience' || field === 'mode' || field === 'fiveTypes') {
    const marks = item[field] ?? [];
    const names = column.parts
      ? column.parts.filter((part) => marks.some((mark) => mark.name === part.value && mark.ticked)).map((part) => part.label)
      : marks.filter((mark) => mark.ticked).map((mark) => mark.name);
    return <Field label={column.label}>{names.join('、') || '未标注'}</Field>;
  }
  if (field === 'basis') return <Field label={column.label}>{item.basis.length ? <BasisList basis={item.basis} /> : null}</Field>;
  if (field === 'channels') return <Field label={column.label}><ChannelList channels={item.channels} /></Field>;
  return <Field label={column.label}>{field === 'seq' ? item.seqText : item[field]}</Field>;
};

/**
 * Every field of an item, one under the other (readable on a phone); shared with the back office's item view. With the
 * catalog's columns as written, exactly those fields under their labels as written; else the national form's fields.
 */
export const ItemFieldList: FC<{ item: PublicItem; columns?: TableColumn[] | null }> = ({ item, columns }) =>
  columns ? (
    <dl class="field-list">
      {columns.map((column) => <ColumnField item={item} column={column} />)}
    </dl>
  ) : (
    <dl class="field-list">
      <Field label="序号">{item.seqText}</Field>
      <Field label="一级事项">{item.level1}</Field>
      <Field label="二级事项">{item.level2}</Field>
      <Field label="公开内容（要素）">{item.content}</Field>
      <Field label="公开依据">{item.basis.length ? <BasisList basis={item.basis} /> : null}</Field>
      <Field label="公开时限">{item.timeLimit}</Field>
      <Field label="公开主体">{item.subject}</Field>
      <Field label="公开渠道和载体">
        <ChannelList channels={item.channels} />
      </Field>
      <Field label="公开对象">{ticked(item.audience)}</Field>
      <Field label="公开方式">{ticked(item.mode)}</Field>
      {item.fiveTypes ? <Field label="所属“五公开”类型">{ticked(item.fiveTypes)}</Field> : null}
      {item.column !== null ? <Field label="网站所属栏目">{item.column}</Field> : null}
      {item.category !== null ? <Field label="公开类型">{item.category}</Field> : null}
      <Field label="备注">{item.remarks}</Field>
    </dl>
  );

/** One item of the published catalog: every field, then what its 公开时限 means for information formed today. */
export const ItemPage: FC<ItemPageProps> = ({ agency, item, columns, deadline, documents, viewer }) => {
  const name = itemName(item);
  return (
    <Layout title={`${name} - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: name }]}>
      <article aria-labelledby="item-title" class="item-detail">
        <p class="eyebrow">{item.level1}</p>
        <h1 id="item-title">{name}</h1>
        <ItemFieldList item={item} columns={columns} />
        <DeadlineNotice deadline={deadline} />
        {documents ? <ItemDocuments data={documents} /> : null}
        <p>
          <a href={`/agencies/${agency.id}`}>返回{agency.name}政务公开目录</a>
        </p>
      </article>
    </Layout>
  );
};
