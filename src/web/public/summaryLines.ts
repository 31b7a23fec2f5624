import type { CatalogItem } from '../../domain/catalog/catalog.ts';
import type { VersionMeta } from '../../domain/catalog/version.ts';
import { computeSummary, declaredDifferences, summaryLine } from '../../domain/catalog/summary.ts';

/**
 * The summary line as the document states it beside the one computed from its items (issue 12: the declared line is
 * shown as written, never replaced), and where they differ, the numbers that do not agree (lint: declared_mismatch).
 */
export interface SummaryLines {
  /** The line as written; null where the document has none. */
  declared: string | null;
  computed: string;
  /** One Chinese sentence per stated number the items do not give; empty when they agree or nothing is stated. */
  differences: string[];
}

export function presentSummaryLines(version: Pick<VersionMeta, 'declared' | 'declaredText'>, items: readonly CatalogItem[]): SummaryLines {
  const declared = version.declaredText?.trim() ? version.declaredText.trim() : null;
  return {
    declared,
    computed: summaryLine(computeSummary(items)),
    differences: declaredDifferences(version.declared, items).map(({ name, stated, computed }) => `写明${name}${stated}项，按事项计算为${computed}项`),
  };
}
