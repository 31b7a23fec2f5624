import type { Child, FC } from 'hono/jsx';
import type { PublicCatalog, PublicItem } from '../presenters.ts';
import { markTicked, tickedMarkLabels, type TableColumn } from '../../../domain/catalog/tableColumns.ts';
import { BasisList, ChannelList, Tick } from './marks.tsx';
import { CatalogTableHead } from './catalogTableHead.tsx';
import { CatalogCards } from './catalogCards.tsx';

export interface CatalogTableProps {
  catalog: Pick<PublicCatalog, 'title' | 'columns' | 'groups'>;
  /** Where the 二级事项 links to (the item's own page); plain text without it. */
  itemHref?: (item: PublicItem) => string;
  /** An extra last column (the back office's 编辑 link). */
  action?: { heading: string; cell: (item: PublicItem) => Child };
  /** The level of the phone cards' group headings (the items' are one below): 2 under the page's h1, 3 under an h2. */
  headingLevel?: 2 | 3;
}

/** The cells of one column on one row: one per sub-column of marks, else one. */
const ColumnCells: FC<{ column: TableColumn; item: PublicItem; itemHref?: (item: PublicItem) => string }> = ({ column, item, itemHref }) => {
  const { field } = column;
  if (field === 'audience' || field === 'mode' || field === 'fiveTypes') {
    const marks = item[field];
    if (!column.parts) return <td data-field={field}>{tickedMarkLabels(column, marks).join('、')}</td>;
    return (
      <>
        {column.parts.map((part) => (
          <td class="cell-mark" data-field={field} data-part={part.value}>
            <Tick ticked={markTicked(marks, part.value)} />
          </td>
        ))}
      </>
    );
  }
  if (field === 'seq') return <td class="cell-seq" data-field="seq">{item.seqText}</td>;
  if (field === 'level2') {
    return <td class="cell-level2" data-field="level2">{itemHref ? <a href={itemHref(item)}>{item.level2 ?? '（未命名事项）'}</a> : (item.level2 ?? '')}</td>;
  }
  if (field === 'basis') return <td data-field="basis"><BasisList basis={item.basis} /></td>;
  if (field === 'channels') return <td data-field="channels"><ChannelList channels={item.channels} /></td>;
  if (field === 'level1') return null;
  return <td data-field={field}>{item[field] ?? ''}</td>;
};

const ItemRow: FC<CatalogTableProps & { item: PublicItem; groupSize: number | null; level1: string }> = ({ catalog, item, groupSize, level1, itemHref, action }) => (
  <tr id={`item-${item.id}`}>
    {catalog.columns.map((column) =>
      column.field !== 'level1' ? (
        <ColumnCells column={column} item={item} itemHref={itemHref} />
      ) : groupSize !== null ? (
        <th scope="rowgroup" rowspan={groupSize} class="cell-level1" data-field="level1">
          {level1}
        </th>
      ) : null,
    )}
    {action ? <td class="cell-action">{action.cell(item)}</td> : null}
  </tr>
);

/**
 * The catalog as its table: the source's columns as written (or the national form's), one row per 二级事项, the
 * 一级事项 cell merged over its group (rowspan), channels as ■/□ with their labels as written. Wrapped in a
 * focusable region so it scrolls sideways where it is too wide; below a tablet's width (and in large text up to a
 * desktop's) the stylesheet shows the same items as cards instead (catalogCards.tsx).
 */
export const CatalogTable: FC<CatalogTableProps> = (props) => {
  const name = props.catalog.title ?? '目录';
  return (
    <>
    <div class="table-scroll catalog-table-scroll" role="region" aria-label={`${name}（表格可左右滚动）`} tabindex={0}>
      <table class="catalog-table">
        <caption class="visually-hidden">{name}</caption>
        <CatalogTableHead columns={props.catalog.columns} actionHeading={props.action?.heading ?? null} />
        {props.catalog.groups.map((group) => (
          <tbody>
            {group.items.map((item, index) => (
              <ItemRow {...props} item={item} level1={group.level1} groupSize={index === 0 ? group.items.length : null} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
    <CatalogCards {...props} />
    </>
  );
};
