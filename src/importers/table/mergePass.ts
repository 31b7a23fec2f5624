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

/**
 * The 序号 numbers groups of rows (its cell spans them) when at least as many rows have none as
 * have one; a merged cell of a text without merge marks then stays inside its 序号's group.
 */
function seqNumbersGroups(drafts: readonly Draft[]): boolean {
  const numbered = drafts.filter((d) => d.seq !== null).length;
  return numbered > 0 && drafts.length - numbered >= numbered;
}

export function resolveMerges(drafts: readonly Draft[], knowsMerges: boolean): ResolvedRow[] {
  const resolved: ResolvedRow[] = [];
  const groups = !knowsMerges && seqNumbersGroups(drafts);
  drafts.forEach((draft, index) => {
    const above = resolved[index - 1];
    const value: Partial<Record<TextKind, string>> = { ...draft.own };
    for (const kind of INHERITED) {
      if (value[kind] !== undefined) continue;
      // A new 序号 group starts its own cells (SCHEMA.md: what the text cannot show stays null).
      if (groups && draft.seq !== null && kind !== 'level1') continue;
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
