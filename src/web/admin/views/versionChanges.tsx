import type { FC } from 'hono/jsx';
import type { TextSegment } from '../../../domain/catalog/textDiff.ts';
import type { ChangedItemLine, FieldDifference, PresentedChanges } from '../versionChangesPresenter.ts';

/** A text with its removed runs in <del> and added runs in <ins> (screen readers announce both). */
const MarkedText: FC<{ segments: TextSegment[] }> = ({ segments }) => (
  <>
    {segments.length === 0 ? <span class="hint">（空）</span> : null}
    {segments.map((segment) =>
      segment.kind === 'removed' ? <del>{segment.text}</del> : segment.kind === 'added' ? <ins>{segment.text}</ins> : <>{segment.text}</>,
    )}
  </>
);

/** Each field before and after, the changed words marked. */
const FieldChanges: FC<{ fields: FieldDifference[] }> = ({ fields }) => (
  <dl class="field-changes">
    {fields.map((field) => (
      <div>
        <dt>{field.label}</dt>
        <dd><span class="change-side">修改前：</span><MarkedText segments={field.before} /></dd>
        <dd><span class="change-side">修改后：</span><MarkedText segments={field.after} /></dd>
      </div>
    ))}
  </dl>
);

const ItemName: FC<{ item: ChangedItemLine }> = ({ item }) => (
  <>
    {item.href ? <a href={item.href}>{item.name}</a> : item.name}
    <span class="hint">（{item.level1}）</span>
  </>
);

const NameList: FC<{ title: string; items: ChangedItemLine[]; kind: string }> = ({ title, items, kind }) =>
  items.length ? (
    <div class={`changes-group changes-${kind}`}>
      <h3>{title}（{items.length} 项）</h3>
      <ul>{items.map((item) => <li><ItemName item={item} /></li>)}</ul>
    </div>
  ) : null;

/** «与上一版相比»: the header's changes, the items added, removed, moved and edited, each edited field before and after with the changed words marked. */
export const VersionChanges: FC<{ changes: PresentedChanges; id?: string }> = ({ changes, id = 'changes-title' }) => (
  <section aria-labelledby={id} class="version-changes">
    <h2 id={id}>{changes.heading}</h2>
    <p class="summary-line">
      {changes.counts}
      {changes.baseHref ? <> · <a href={changes.baseHref}>查看对比的版本</a></> : null}
    </p>
    {changes.header.length ? (
      <div class="changes-group changes-header">
        <h3>表头的修改</h3>
        <FieldChanges fields={changes.header} />
      </div>
    ) : null}
    {changes.empty ? <p>事项与对比的版本完全相同。</p> : null}
    {changes.changed.length ? (
      <div class="changes-group changes-changed">
        <h3>修改的事项（{changes.changed.length} 项）</h3>
        {changes.changed.map((item) => (
          <article class="change-item">
            <h4><ItemName item={item} /></h4>
            <FieldChanges fields={item.fields} />
          </article>
        ))}
      </div>
    ) : null}
    <NameList title="新增的事项" items={changes.added} kind="added" />
    <NameList title="删除的事项" items={changes.removed} kind="removed" />
    {changes.moved.length ? (
      <div class="changes-group changes-moved">
        <h3>移动的事项（{changes.moved.length} 项）</h3>
        <ul>{changes.moved.map((item) => <li><ItemName item={item} />：从{item.from}移到{item.to}</li>)}</ul>
      </div>
    ) : null}
  </section>
);
