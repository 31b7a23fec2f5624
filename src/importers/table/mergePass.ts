/**
 * Merge pass: a vertically merged cell belongs to every row it spans (SCHEMA.md:
 * an item carries the full value of every column, never "same as above"). Where
 * the reader knows the merges (docx vMerge, xlsx merges, a CSV with 一级事项 on
 * every row) only the cells it marked inherit; where it does not (text), an
 * empty cell of an inheritable column continues the cell above.
 */
import type { Draft, TextKind } from './draft.ts';

/** The columns whose cells are merged over several rows in the national form. */
const INHERITED: readonly TextKind[] = ['level1', 'level2', 'basis', 'timeLimit', 'subject', 'channels', 'column', 'category'];

export interface ResolvedRow {
  value: Partial<Record<TextKind, string>>;
  seq: string | null;
  /** The 序号 as printed on this row: '' where the row prints none and inherits the seq above. */
  seqText: string | null;
  /** True when the 公开渠道 cell is the row's own (its check-boxes apply). */
  ownChannels: boolean;
}

export function resolveMerges(drafts: readonly Draft[], knowsMerges: boolean): ResolvedRow[] {
  const resolved: ResolvedRow[] = [];
  drafts.forEach((draft, index) => {
    const above = resolved[index - 1];
    const value: Partial<Record<TextKind, string>> = { ...draft.own };
    for (const kind of INHERITED) {
      if (value[kind] !== undefined) continue;
      const inherit = !knowsMerges || draft.mergedKinds.has(kind);
      if (inherit && above?.value[kind] !== undefined) value[kind] = above.value[kind];
    }
    const ownSeq = draft.seq !== null;
    resolved.push({
      value,
      seq: ownSeq ? draft.seq : (above?.seq ?? null),
      seqText: ownSeq ? (draft.seqText ?? null) : above?.seq ? '' : null,
      ownChannels: draft.own.channels !== undefined,
    });
  });
  return resolved;
}
