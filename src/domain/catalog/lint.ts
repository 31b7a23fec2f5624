/**
 * Catalog lint: the defects a reviewer looks for in a 政务公开目录, each with a
 * severity, the item it concerns, a Chinese message and a Chinese fix hint.
 * Pure: the 公开时限 parser is passed in, so lint does not depend on it.
 */
import type { CatalogDocument, CatalogItem, TimeLimitRule } from './catalog.ts';
import { computeSummary, declaredDifferences, summaryLine } from './summary.ts';
import { isVagueRule } from './vagueTimeLimit.ts';
import { blankRequiredFields, REQUIRED_ITEM_FIELDS } from './requiredFields.ts';

export type LintSeverity = 'error' | 'warning' | 'info';

export type LintRule =
  | 'declared_mismatch'
  | 'no_level2'
  | 'no_content'
  | 'no_subject'
  | 'no_channel'
  | 'no_time_limit'
  | 'time_limit_unparsed'
  | 'time_limit_vague'
  | 'mode_both'
  | 'mode_none'
  | 'no_basis'
  | 'regulation_without_number'
  | 'duplicate_item'
  | 'level1_run_together';

export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  /** The item concerned: its 序号 (as printed) and its index in `items`; absent for catalog-wide findings. */
  item?: { seq: string | null; index: number };
  message: string;
  hint: string;
}

export interface LintOptions {
  /** The 公开时限 parser (src/domain/calendar); without it, unreadable time limits are not reported. */
  parseTimeLimit?: (text: string) => TimeLimitRule | null;
}

const REGULATION = /政府信息公开条例/;
const REGULATION_NUMBER = /国务院令\s*第?\s*(492|711)\s*号|711\s*号/;

function where(item: CatalogItem, index: number): { seq: string | null; index: number } {
  return { seq: item.seq, index };
}

function label(item: CatalogItem, index: number): string {
  const name = item.level2 ?? item.content ?? item.level1;
  return `第${item.seq ?? index + 1}项“${name.length > 20 ? `${name.slice(0, 20)}…` : name}”`;
}

function compact(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '');
}

/** Common words a 一级事项 is made of (the categories of the national standard catalogs). */
const CATEGORY_WORDS = [
  '概况信息', '机构信息', '基本信息', '部门文件', '政策文件', '政府文件', '政策解读', '规划计划', '财政预决算', '财务信息',
  '重点领域', '重点工作', '行政权力运行', '权责清单', '权责目录', '公共服务', '政务公开', '政府信息公开', '行政检查',
  '行政处罚', '行政许可', '监督检查', '综合管理', '服务公开', '工作动态', '通知公告', '人事信息', '建议提案',
];

/** The two known names a 一级事项 concatenates, or null. */
function runTogether(level1: string, known: readonly string[]): [string, string] | null {
  const name = compact(level1);
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const left = name.slice(0, cut);
    const right = name.slice(cut);
    if (known.includes(left) && known.includes(right)) return [left, right];
  }
  return null;
}

/** The summary line as written against the items' marks; the message names both lines (issue 12). */
function checkDeclared(catalog: CatalogDocument, out: LintFinding[]): void {
  const computedLine = summaryLine(computeSummary(catalog.items));
  const written = catalog.declaredText?.trim() ? `统计行写明“${catalog.declaredText.trim()}”，其中` : '统计行写明';
  for (const { name, stated, computed } of declaredDifferences(catalog.declared, catalog.items)) {
    out.push({
      rule: 'declared_mismatch',
      severity: 'error',
      message: `${written}${name}${stated}项，但按各事项的公开方式标记计算为${computed}项（按事项计算：${computedLine}）`,
      hint: '统计行应由事项计算得出：核对每一项的“主动公开/依申请公开”标记，再更正统计行（系统导出时会自动计算）',
    });
  }
}

/** Lints a catalog; findings in item order, catalog-wide findings first. */
export function lintCatalog(catalog: CatalogDocument, options: LintOptions = {}): LintFinding[] {
  const out: LintFinding[] = [];
  checkDeclared(catalog, out);
  const level1Names = [...new Set(catalog.items.map((i) => compact(i.level1)).filter((n) => n !== ''))];
  const reportedLevel1 = new Set<string>();
  const seen = new Map<string, number>();
  catalog.items.forEach((item, index) => {
    const at = where(item, index);
    const name = label(item, index);
    const push = (rule: LintRule, severity: LintSeverity, message: string, hint: string) => out.push({ rule, severity, item: at, message, hint });

    const level1 = compact(item.level1);
    if (level1 !== '' && !reportedLevel1.has(level1)) {
      const others = level1Names.filter((n) => n !== level1);
      const parts = runTogether(level1, [...others, ...CATEGORY_WORDS.filter((w) => w !== level1)]);
      if (parts) {
        reportedLevel1.add(level1);
        push('level1_run_together', 'warning', `一级事项“${item.level1}”像是“${parts[0]}”和“${parts[1]}”两个一级事项连在了一起`, `拆分为“${parts[0]}”和“${parts[1]}”两组，或改正一级事项名称`);
      }
    }
    for (const field of blankRequiredFields(item)) {
      push(field === 'level2' ? 'no_level2' : 'no_content', 'error', `${name}没有填写${REQUIRED_ITEM_FIELDS[field]}`, '二级事项和公开内容为必填项：按来源目录补写，或在提交复核时写明理由');
    }
    if (!item.subject || compact(item.subject) === '') push('no_subject', 'error', `${name}没有填写公开主体`, '填写负责公开该事项的单位或内设机构（如“××局办公室”）');
    if (item.channels.length === 0) push('no_channel', 'error', `${name}没有勾选任何公开渠道和载体`, '至少勾选一个公开渠道（通常为“政府网站”），需要注明的渠道请写明');
    if (!item.timeLimit || compact(item.timeLimit) === '') {
      push('no_time_limit', 'error', `${name}没有填写公开时限`, '按条例第二十六条填写，例如“信息形成或者变更之日起20个工作日内”');
    } else if (options.parseTimeLimit) {
      const rule = options.parseTimeLimit(item.timeLimit);
      if (rule === null) push('time_limit_unparsed', 'warning', `${name}的公开时限“${item.timeLimit}”无法解析为可计算的期限`, '写明起算事件和期限，例如“形成或者变更之日起20个工作日内”“每年1月31日前”');
      else if (isVagueRule(rule) && item.mode.includes('主动公开')) {
        push('time_limit_vague', 'warning', `${name}的公开时限“${item.timeLimit}”没有写明具体期限，按条例第二十六条的20个工作日计算`, '写明起算事件和期限，例如“形成或者变更之日起20个工作日内”');
      }
    }
    const proactive = item.mode.includes('主动公开');
    const onRequest = item.mode.includes('依申请公开');
    if (proactive && onRequest) push('mode_both', 'warning', `${name}同时标记了主动公开和依申请公开`, '一个事项只能选择一种公开方式；确需两种方式的，拆分为两个事项');
    if (!proactive && !onRequest) push('mode_none', 'error', `${name}没有标记公开方式（主动公开或依申请公开）`, '在“公开方式”栏勾选“主动公开”或“依申请公开”');
    if (item.basis.length === 0) {
      push('no_basis', 'error', `${name}没有填写公开依据`, '写明所依据的法律法规或文件全称，如《中华人民共和国政府信息公开条例》（国务院令第711号）');
    } else {
      for (const entry of item.basis) {
        if (REGULATION.test(entry) && !REGULATION_NUMBER.test(compact(entry))) {
          push('regulation_without_number', 'info', `${name}引用《中华人民共和国政府信息公开条例》时没有注明文号`, '写作《中华人民共和国政府信息公开条例》（国务院令第711号），以免与2007年版（国务院令第492号）混淆');
          break;
        }
      }
    }
    const key = [level1, compact(item.level2), compact(item.content)].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      push('duplicate_item', 'warning', `${name}与第${catalog.items[first]!.seq ?? first + 1}项的一级事项、二级事项和公开内容完全相同`, '删除重复的事项，或改写二级事项/公开内容以示区别');
    } else seen.set(key, index);
  });
  return out;
}

/** Counts by severity, for a one-line summary. */
export function lintSummary(findings: readonly LintFinding[]): Record<LintSeverity, number> {
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
