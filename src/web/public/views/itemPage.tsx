import type { Child, FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { PresentedDeadline } from '../deadline.ts';
import type { PublicItem } from '../presenters.ts';
import { agencyCrumbs } from './agencyPage.tsx';
import { DeadlineNotice } from './deadlineNotice.tsx';
import { BasisList, ChannelList } from './marks.tsx';
import { ItemDocuments, type ItemDocumentsData } from './documents/itemDocuments.tsx';

export interface ItemPageProps {
  agency: { id: string; name: string };
  item: PublicItem;
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

/** Every field of an item, one under the other (readable on a phone); shared with the back office's item view. */
export const ItemFieldList: FC<{ item: PublicItem }> = ({ item }) => (
  <dl class="field-list">
    <Field label="序号">{item.seq}</Field>
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
export const ItemPage: FC<ItemPageProps> = ({ agency, item, deadline, documents, viewer }) => {
  const name = itemName(item);
  return (
    <Layout title={`${name} - ${agency.name}`} viewer={viewer} breadcrumbs={[...agencyCrumbs(agency), { label: name }]}>
      <article aria-labelledby="item-title" class="item-detail">
        <p class="eyebrow">{item.level1}</p>
        <h1 id="item-title">{name}</h1>
        <ItemFieldList item={item} />
        <DeadlineNotice deadline={deadline} />
        {documents ? <ItemDocuments data={documents} /> : null}
        <p>
          <a href={`/agencies/${agency.id}`}>返回{agency.name}政务公开目录</a>
        </p>
      </article>
    </Layout>
  );
};
