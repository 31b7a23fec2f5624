import type { AgencySupervisionPage, SupervisionAbilities } from '../../../app/supervision/agencySupervisionPage.ts';
import type { ReadinessFinding } from '../../../domain/supervision/evaluateReadiness.ts';
import type { ReadinessTarget } from '../../../domain/supervision/readinessChecks.ts';
import { PASS_MARK, readinessRule, type Severity } from '../../../domain/supervision/readinessRules.ts';

/** Where a finding is fixed, and what the link says. */
export interface FixLink {
  href: string;
  label: string;
}

interface LinkContext {
  agencyId: string;
  /** The published catalog version the item targets belong to. */
  catalogVersionId: string | null;
  may: SupervisionAbilities;
}

/** The public 指南 page, for those who may read but not edit the contact details it is built from. */
const guidePage = (agencyId: string): FixLink => ({ href: `/agencies/${agencyId}/guide`, label: '查看公开指南' });
const contactForm = (agencyId: string): FixLink => ({ href: `/admin/agencies/${agencyId}/contact`, label: '填写联系方式' });

/**
 * The back-office page that fixes a finding's target (domain/supervision/readinessChecks.ts ReadinessTarget).
 * The 指南 has no page of its own: it is built from the catalog and the contact details, so its findings lead to
 * the contact form (or, for readers, to the public 指南); a 年报 not yet opened leads to the list where it is opened.
 */
export function fixLink(target: ReadinessTarget, context: LinkContext): FixLink {
  const { agencyId, catalogVersionId, may } = context;
  switch (target.kind) {
    case 'item':
      return catalogVersionId
        ? { href: `/admin/versions/${catalogVersionId}/items/${target.itemId}`, label: '打开事项' }
        : { href: `/admin/agencies/${agencyId}`, label: '打开目录' };
    case 'document':
      return may.editDocuments
        ? { href: `/admin/documents/${target.documentId}/edit`, label: '修改文件' }
        : { href: `/admin/documents/${target.documentId}`, label: '查看文件' };
    case 'annualReport':
      return target.reportId
        ? { href: `/admin/reports/${target.reportId}`, label: `打开${target.year}年度报告` }
        : { href: '/admin/reports', label: `编制${target.year}年度报告` };
    case 'contact':
    case 'guide':
      return may.editContact ? contactForm(agencyId) : guidePage(agencyId);
    case 'catalog':
      return target.versionId
        ? { href: `/admin/versions/${target.versionId}`, label: '查看现行目录' }
        : { href: `/admin/agencies/${agencyId}`, label: '编制目录' };
  }
}

export interface ReadinessLine {
  where: string;
  message: string;
  points: number;
  fix: FixLink;
}

/** The findings of one rule at one severity: the rule's title, citation and local-practice mark shown once. */
export interface ReadinessGroup {
  severity: Severity;
  severityLabel: string;
  title: string;
  citation: string;
  /** Why the rule is local practice or Gongkai's choice; null when the national text confirms it. */
  unconfirmed: string | null;
  points: number;
  lines: ReadinessLine[];
}

/** Groups in the order of the findings (单项否决 first, then the largest deductions, then 提示). */
export function readinessGroups(page: AgencySupervisionPage): ReadinessGroup[] {
  const context = { agencyId: page.agency.id, catalogVersionId: page.readiness.facts.catalog?.versionId ?? null, may: page.may };
  const groups = new Map<string, ReadinessGroup>();
  for (const finding of page.readiness.findings) {
    const key = `${finding.severity}\u0000${finding.ruleId}`;
    const group = groups.get(key) ?? groupOf(finding);
    groups.set(key, group);
    group.points += finding.points;
    group.lines.push({ where: finding.where, message: finding.message, points: finding.points, fix: fixLink(finding.target, context) });
  }
  return [...groups.values()];
}

/** The rules' notes cite the project's source notes in brackets (「（regulations.md §9 第3项）」): a file name, not for the page. */
const withoutSourceNotes = (text: string) => text.replace(/（regulations\.md[^）]*）/g, '');

function groupOf(finding: ReadinessFinding): ReadinessGroup {
  const unconfirmed = finding.confirmed ? null : withoutSourceNotes(readinessRule(finding.ruleId).unconfirmed ?? '阈值或分值为地方做法或本系统设定');
  return { severity: finding.severity, severityLabel: finding.severityLabel, title: finding.title, citation: finding.citation, unconfirmed, points: 0, lines: [] };
}

/** The counts line: how many of each severity and the points deducted. */
export function readinessCounts(findings: readonly ReadinessFinding[]): string {
  if (findings.length === 0) return '未发现问题。';
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const points = findings.reduce((sum, f) => sum + f.points, 0);
  return `共 ${findings.length} 条：单项否决 ${count('veto')} 条，扣分 ${count('deduction')} 条（共扣 ${points} 分），提示 ${count('notice')} 条。`;
}

/** The pass mark as the page states it (60 points, seen only in a mirror of the indicators: marked as unconfirmed). */
export const PASS_MARK_NOTE = `得分满分100分，低于${PASS_MARK.points}分为不合格${PASS_MARK.confirmed ? '' : '（及格线为地方做法，未见全国文件原文）'}；出现任一单项否决即为不合格。`;

/** Finding cards reuse the catalog check's colours: 单项否决 as errors, 扣分 as warnings, 提示 as information. */
export const SEVERITY_TONES: Record<Severity, 'error' | 'warning' | 'info'> = { veto: 'error', deduction: 'warning', notice: 'info' };
