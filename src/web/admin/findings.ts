/**
 * The findings shown after an import preview and on each version page: catalog
 * lint (src/domain/catalog/lint.ts, with the 公开时限 parser) with the parser's
 * own reason for each unreadable 公开时限 (timeLimitFindings), and what the file
 * reader reported. Every finding names its item and says how to fix it.
 */
import { parseTimeLimit, timeLimitFindings } from '../../domain/calendar/index.ts';
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { lintCatalog, type LintSeverity } from '../../domain/catalog/lint.ts';

export const SEVERITY_LABELS: Record<LintSeverity, string> = { error: '错误', warning: '警告', info: '提示' };
const ORDER: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

export interface PresentedFinding {
  severity: LintSeverity;
  severityLabel: string;
  /** 「第3项 机构职能」, 「第12行」 or 「整个目录」. */
  where: string;
  /** Anchor of the item's row in the table shown on the same page, when there is one. */
  href: string | null;
  message: string;
  hint: string | null;
}

export interface FindingsSummary {
  findings: PresentedFinding[];
  counts: Record<LintSeverity, number>;
}

function itemLabel(doc: CatalogDocument, index: number): string {
  const item = doc.items[index];
  if (!item) return `第${index + 1}项`;
  const name = item.level2 ?? item.content ?? item.level1;
  return `第${item.seq ?? index + 1}项 ${name.length > 16 ? `${name.slice(0, 16)}…` : name}`;
}

function summarise(findings: PresentedFinding[]): FindingsSummary {
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  return { findings: sorted, counts };
}

/**
 * Lint a catalog for display. `itemHref(index)` links a finding to the item's
 * row on the page (version page: `#item-<id>`); `reader` adds the file reader's findings.
 */
export function presentFindings(
  doc: CatalogDocument,
  options: { itemHref?: (index: number) => string | null; reader?: readonly { severity: LintSeverity; message: string; row?: number }[] } = {},
): FindingsSummary {
  const reasons = new Map(timeLimitFindings(doc.items).map((f) => [f.itemIndex, f.message]));
  const lint = lintCatalog(doc, { parseTimeLimit: (text) => { const parsed = parseTimeLimit(text); return parsed.ok ? parsed.rule : null; } });
  const out: PresentedFinding[] = (options.reader ?? []).map((f) => ({
    severity: f.severity,
    severityLabel: SEVERITY_LABELS[f.severity],
    where: f.row === undefined ? '读取文件' : `读取文件第${f.row}行`,
    href: null,
    message: f.message,
    hint: null,
  }));
  for (const f of lint) {
    const index = f.item?.index;
    const reason = f.rule === 'time_limit_unparsed' && index !== undefined ? reasons.get(index) : undefined;
    if (index !== undefined && reason) reasons.delete(index);
    out.push({
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      where: index === undefined ? '整个目录' : itemLabel(doc, index),
      href: index === undefined ? null : (options.itemHref?.(index) ?? null),
      message: reason ? `${f.message}：${reason}` : f.message,
      hint: f.hint,
    });
  }
  for (const [index, reason] of reasons) {
    out.push({
      severity: 'warning',
      severityLabel: SEVERITY_LABELS.warning,
      where: itemLabel(doc, index),
      href: options.itemHref?.(index) ?? null,
      message: `公开时限无法计算：${reason}`,
      hint: '写明起算事件和期限，例如“形成或者变更之日起20个工作日内”',
    });
  }
  return summarise(out);
}
