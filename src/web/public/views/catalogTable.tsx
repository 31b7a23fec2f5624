import type { Child, FC } from 'hono/jsx';
import type { PublicCatalog, PublicItem } from '../presenters.ts';
import { FIVE_TYPES } from '../../../domain/catalog/vocabulary.ts';
import { BasisList, ChannelList, Tick } from './marks.tsx';

export interface CatalogTableProps {
  catalog: Pick<PublicCatalog, 'title' | 'columns' | 'groups'>;
  /** Where the 二级事项 links to (the item's own page); plain text without it. */
  itemHref?: (item: PublicItem) => string;
  /** An extra last column (the back office's 编辑 link). */
  action?: { heading: string; cell: (item: PublicItem) => Child };
}

const FIVE_TYPE_NAMES: readonly string[] = FIVE_TYPES;

/** The header rows of the national form: grouped marks (公开对象, 公开方式, 五公开) span two rows. */
const TableHead: FC<Pick<CatalogTableProps, 'catalog' | 'action'>> = ({ catalog, action }) => {
  const { columns } = catalog;
  return (
    <thead>
      <tr>
        <th scope="col" rowspan={2}>序号</th>
        <th scope="col" rowspan={2} class="col-level">一级事项</th>
        <th scope="col" rowspan={2} class="col-level">二级事项</th>
        <th scope="col" rowspan={2} class="col-wide">公开内容（要素）</th>
        <th scope="col" rowspan={2} class="col-wide">公开依据</th>
        <th scope="col" rowspan={2} class="col-mid">公开时限</th>
        <th scope="col" rowspan={2} class="col-mid">公开主体</th>
        <th scope="col" rowspan={2} class="col-channels">公开渠道和载体</th>
        <th scope="colgroup" colspan={2}>公开对象</th>
        <th scope="colgroup" colspan={2}>公开方式</th>
        {columns.fiveTypes ? <th scope="colgroup" colspan={5}>所属“五公开”类型</th> : null}
        {columns.column ? <th scope="col" rowspan={2}>网站所属栏目</th> : null}
        {columns.category ? <th scope="col" rowspan={2}>公开类型</th> : null}
        {columns.remarks ? <th scope="col" rowspan={2}>备注</th> : null}
        {action ? <th scope="col" rowspan={2}>{action.heading}</th> : null}
      </tr>
      <tr>
        <th scope="col" class="col-mark">全社会</th>
        <th scope="col" class="col-mark">特定群体</th>
        <th scope="col" class="col-mark">主动</th>
        <th scope="col" class="col-mark">依申请</th>
        {columns.fiveTypes ? FIVE_TYPE_NAMES.map((name) => <th scope="col" class="col-mark">{name}</th>) : null}
      </tr>
    </thead>
  );
};

const ItemRow: FC<CatalogTableProps & { item: PublicItem; level1Cell: Child }> = ({ catalog, item, level1Cell, itemHref, action }) => (
  <tr id={`item-${item.id}`}>
    <td class="cell-seq">{item.seq ?? ''}</td>
    {level1Cell}
    <td class="cell-level2">
      {itemHref ? <a href={itemHref(item)}>{item.level2 ?? '（未命名事项）'}</a> : (item.level2 ?? '')}
    </td>
    <td>{item.content ?? ''}</td>
    <td>
      <BasisList basis={item.basis} />
    </td>
    <td>{item.timeLimit ?? ''}</td>
    <td>{item.subject ?? ''}</td>
    <td>
      <ChannelList channels={item.channels} />
    </td>
    {[...item.audience, ...item.mode].map((mark) => (
      <td class="cell-mark">
        <Tick ticked={mark.ticked} />
      </td>
    ))}
    {catalog.columns.fiveTypes
      ? (item.fiveTypes ?? FIVE_TYPE_NAMES.map((name) => ({ name, ticked: false }))).map((mark) => (
          <td class="cell-mark">
            <Tick ticked={mark.ticked} />
          </td>
        ))
      : null}
    {catalog.columns.column ? <td>{item.column ?? ''}</td> : null}
    {catalog.columns.category ? <td>{item.category ?? ''}</td> : null}
    {catalog.columns.remarks ? <td>{item.remarks ?? ''}</td> : null}
    {action ? <td class="cell-action">{action.cell(item)}</td> : null}
  </tr>
);

/**
 * The catalog as the official table: one row per 二级事项, the 一级事项 cell
 * merged over its group (rowspan), every channel of the form as ■/□. Wrapped
 * in a focusable region so it scrolls sideways on a phone, by touch or keyboard.
 */
export const CatalogTable: FC<CatalogTableProps> = (props) => (
  <div class="table-scroll" role="region" aria-label={`${props.catalog.title}（表格可左右滚动）`} tabindex={0}>
    <table class="catalog-table">
      <caption class="visually-hidden">{props.catalog.title}</caption>
      <TableHead catalog={props.catalog} action={props.action} />
      {props.catalog.groups.map((group) => (
        <tbody>
          {group.items.map((item, index) => (
            <ItemRow
              {...props}
              item={item}
              level1Cell={
                index === 0 ? (
                  <th scope="rowgroup" rowspan={group.items.length} class="cell-level1">
                    {group.level1}
                  </th>
                ) : null
              }
            />
          ))}
        </tbody>
      ))}
    </table>
  </div>
);
