import type { ImportDifferences, VersionChanges } from '../../app/catalog/versionChanges.ts';
import { VERSION_STATUS_LABELS, type VersionStatus } from '../../domain/catalog/workflow.ts';
import type { Abilities } from './views/workflowActions.tsx';
import { headerDifferences, headerOf, type CatalogHeader } from '../../domain/catalog/catalogHeader.ts';
import type { DiffItem } from '../../domain/catalog/itemMatching.ts';
import { diffText, type TextSegment } from '../../domain/catalog/textDiff.ts';
import { diffIsEmpty, type VersionDiff } from '../../domain/catalog/versionDiff.ts';

/** One item in the list of differences, linked to where it can be read. */
export interface ChangedItemLine {
  name: string;
  level1: string;
  href: string | null;
}

export interface FieldDifference {
  label: string;
  /** The old text, with removed runs marked; the new text, with added runs marked. */
  before: TextSegment[];
  after: TextSegment[];
}

export interface PresentedChanges {
  /** 与第1版（已发布）相比 … */
  heading: string;
  baseHref: string | null;
  counts: string;
  empty: boolean;
  added: ChangedItemLine[];
  removed: ChangedItemLine[];
  moved: (ChangedItemLine & { from: string; to: string })[];
  changed: (ChangedItemLine & { fields: FieldDifference[] })[];
  /** 标题 and 责任单位 where the version changed them (version pages only; an import preview has none). */
  header: FieldDifference[];
}

export interface ChangeLinks<B, A> {
  before: (item: B, index: number) => string | null;
  after: (item: A, index: number) => string | null;
}

const nameOf = (item: DiffItem) => item.level2 ?? item.level1;
const placeOf = (item: DiffItem, index: number) => `「${item.level1}」第${index + 1}行`;

function fieldDifference(label: string, before: string, after: string): FieldDifference {
  const segments = diffText(before, after);
  return { label, before: segments.filter((one) => one.kind !== 'added'), after: segments.filter((one) => one.kind !== 'removed') };
}

function countLine<B extends DiffItem, A extends DiffItem>(diff: VersionDiff<B, A>): string {
  const parts = [
    ['新增', diff.added.length],
    ['删除', diff.removed.length],
    ['移动', diff.moved.length],
    ['修改', diff.changed.length],
    ['未变', diff.unchanged],
  ] as const;
  return parts.map(([label, count]) => `${label} ${count} 项`).join(' · ');
}

/** A difference of two item lists for a page: Chinese labels, marked texts and links; no field names in English. */
export function presentChanges<B extends DiffItem, A extends DiffItem>(heading: string, baseHref: string | null, diff: VersionDiff<B, A>, links: ChangeLinks<B, A>): PresentedChanges {
  const line = (item: DiffItem, href: string | null): ChangedItemLine => ({ name: nameOf(item), level1: item.level1, href });
  return {
    heading,
    baseHref,
    counts: countLine(diff),
    empty: diffIsEmpty(diff),
    added: diff.added.map(({ item, afterIndex }) => line(item, links.after(item, afterIndex))),
    removed: diff.removed.map(({ item, beforeIndex }) => line(item, links.before(item, beforeIndex))),
    moved: diff.moved.map((change) => ({
      ...line(change.after, links.after(change.after, change.afterIndex)),
      from: placeOf(change.before, change.beforeIndex),
      to: placeOf(change.after, change.afterIndex),
    })),
    changed: diff.changed.map((change) => ({
      ...line(change.after, links.after(change.after, change.afterIndex)),
      fields: change.fields.map((field) => fieldDifference(field.label, field.before, field.after)),
    })),
    header: [],
  };
}

/** «与上一版相比» on a version page: the header's changes, then items linking into this version (removed ones into the version compared against). */
export function presentVersionChanges(versionId: string, header: CatalogHeader, changes: VersionChanges): PresentedChanges {
  const { base, diff } = changes;
  const heading = `与上一版相比（第${base.number}版，${VERSION_STATUS_LABELS[base.status]}）`;
  const presented = presentChanges(heading, `/admin/versions/${base.id}`, diff, {
    before: (item) => `/admin/versions/${base.id}/items/${item.id}`,
    after: (item) => `/admin/versions/${versionId}/items/${item.id}`,
  });
  const headerChanges = headerDifferences(headerOf(base), header).map((field) => fieldDifference(field.label, field.before, field.after));
  return { ...presented, header: headerChanges };
}

/** The 复核人 and 审签人 read what changed first: at their step the changes lead and the full table folds. */
export function leadsWithChanges(status: VersionStatus, abilities: Pick<Abilities, 'review' | 'approve'>): boolean {
  return (status === 'submitted' && abilities.review) || (status === 'reviewed' && abilities.approve);
}

/** An uploaded file against the agency's current version: current items link to that version, the file's to their preview row. */
export function presentImportDifferences(differences: ImportDifferences, previewRowHref: (index: number) => string): PresentedChanges {
  const { current, diff } = differences;
  const heading = `与本单位当前版本相比（第${current.number}版，${VERSION_STATUS_LABELS[current.status]}）`;
  return presentChanges(heading, `/admin/versions/${current.id}`, diff, {
    before: (item) => `/admin/versions/${current.id}/items/${item.id}`,
    after: (_item, index) => previewRowHref(index),
  });
}
