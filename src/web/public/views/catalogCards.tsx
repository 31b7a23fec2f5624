import type { Child, FC } from 'hono/jsx';
import type { PublicItem } from '../presenters.ts';
import { tickedMarkLabels, type MarkField, type TableColumn } from '../../../domain/catalog/tableColumns.ts';
import { BasisList } from './marks.tsx';
import type { CatalogTableProps } from './catalogTable.tsx';

/** Columns a card shows under its heading (序号, 一级事项 and 二级事项 make the heading itself). */
const inBody = (column: TableColumn) => column.field !== 'seq' && column.field !== 'level1' && column.field !== 'level2';

const NONE = '—';

/** A mark column's ticked values, by the sub-column labels as written where the source has them. */
function tickedLabels(column: TableColumn, item: PublicItem): string {
  const labels = tickedMarkLabels(column, item[column.field as MarkField]);
  return labels.length ? labels.join('、') : NONE;
}

/** The ticked channels with their labels as written (a card lists what is ticked, not the form's 13 boxes). */
function tickedChannels(item: PublicItem): string {
  const ticked = item.channels.filter((channel) => channel.ticked).map((channel) => (channel.note ? `${channel.label}：${channel.note}` : channel.label));
  return ticked.length ? ticked.join('、') : NONE;
}

function cardValue(column: TableColumn, item: PublicItem): Child {
  switch (column.field) {
    case 'audience':
    case 'mode':
    case 'fiveTypes':
      return tickedLabels(column, item);
    case 'channels':
      return tickedChannels(item);
    case 'basis':
      return item.basis.length ? <BasisList basis={item.basis} /> : NONE;
    default:
      return (item[column.field as 'content' | 'timeLimit' | 'subject' | 'column' | 'category' | 'remarks'] ?? '') || NONE;
  }
}

/** A card's label: the column's header as written, under its group header where the sub-label alone says little. */
const labelOf = (column: TableColumn) => (column.group && column.parts === null && column.label.length <= 2 ? `${column.group}·${column.label}` : column.label);

/**
 * The catalog as one card per item for phones and large text (issue 13): every column of the table, labelled as the
 * source writes it, readable without scrolling sideways. Rendered beside the table; the stylesheet shows one of them.
 */
export const CatalogCards: FC<CatalogTableProps> = ({ catalog, itemHref, action, headingLevel = 2 }) => {
  const GroupHeading = `h${headingLevel}` as 'h2';
  const ItemHeading = `h${headingLevel + 1}` as 'h3';
  const columns = catalog.columns.filter(inBody);
  return (
    <div class="catalog-cards">
      {catalog.groups.map((group) => (
        <section class="card-group">
          <GroupHeading class="card-group-title">{group.level1}</GroupHeading>
          <ol class="item-cards">
            {group.items.map((item) => (
              <li class="item-card">
                <ItemHeading class="item-card-title">
                  {item.seqText ? <span class="card-seq">{item.seqText}</span> : null}
                  {itemHref ? <a href={itemHref(item)}>{item.level2 ?? '（未命名事项）'}</a> : (item.level2 ?? '（未命名事项）')}
                </ItemHeading>
                <dl class="card-fields">
                  {columns.map((column) => (
                    <div class="card-field" data-card-field={column.field}>
                      <dt>{labelOf(column)}</dt>
                      <dd>{cardValue(column, item)}</dd>
                    </div>
                  ))}
                </dl>
                {action ? <p class="card-action">{action.cell(item)}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
};
