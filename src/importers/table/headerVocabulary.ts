/**
 * The column vocabulary of the national form (国办发〔2019〕54号 and the
 * variants agencies print): header label → field. One place for every spelling.
 */
import type { Audience, FiveType, Mode } from '../../domain/catalog/vocabulary.ts';
import { compact } from './cellText.ts';

export type Field =
  | { kind: 'seq' }
  | { kind: 'level1' }
  | { kind: 'level2' }
  | { kind: 'content' }
  | { kind: 'basis' }
  | { kind: 'timeLimit' }
  | { kind: 'subject' }
  | { kind: 'channels' }
  | { kind: 'audience'; value: Audience }
  | { kind: 'mode'; value: Mode }
  | { kind: 'five'; value: FiveType }
  /** A 公开对象 / 公开方式 / 五公开 column holding words instead of ticks. */
  | { kind: 'audienceText' }
  | { kind: 'modeText' }
  | { kind: 'fiveText' }
  /** Ticks whose column cannot be told (PDF text): "√ √". */
  | { kind: 'marks' }
  | { kind: 'column' }
  | { kind: 'category' }
  | { kind: 'remarks' };

export type FieldKind = Field['kind'];

/** Group headers: a label that spans sub-columns on the next header row. */
export type Group = 'items' | 'audience' | 'mode' | 'five';

function norm(label: string): string {
  return compact(label)
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/[（(]要素[)）]/g, '')
    .replace(/[：:]$/, '');
}

/** Header label a text reader gives a column of ticks it cannot place (PDF text: "√ √"). */
export const MARKS_LABEL = '勾选标记（未能定位）';

/** The field a header label names, or null. */
export function fieldOfLabel(label: string): Field | null {
  if (label === MARKS_LABEL) return { kind: 'marks' };
  const t = norm(label);
  if (t === '') return null;
  if (/^(序号|编号|序)$/.test(t)) return { kind: 'seq' };
  if (/^一级(事项|目录|类别)?(名称)?$/.test(t) || t === '事项类别') return { kind: 'level1' };
  if (/^二级(事项|目录|类别)?(名称)?$/.test(t)) return { kind: 'level2' };
  if (/^(公开)?内容([和及与](标准|要求|要点))?$/.test(t)) return { kind: 'content' };
  if (/^(公开)?依据$/.test(t)) return { kind: 'basis' };
  if (/^(公开)?(时限|期限)$/.test(t)) return { kind: 'timeLimit' };
  if (/^(公开|责任)?主体$/.test(t) || /^公开责任(主体|单位|部门)?$/.test(t)) return { kind: 'subject' };
  if (isOfficeLabel(t)) return { kind: 'subject' };
  if (/^(公开)?(渠道|载体|渠道和载体|渠道及载体|方式和渠道)$/.test(t)) return { kind: 'channels' };
  if (/^全社会$/.test(t)) return { kind: 'audience', value: '全社会' };
  if (/^特定(群体|全体|人群|对象|群众)$/.test(t)) return { kind: 'audience', value: '特定群体' };
  if (/^主动(公开)?$/.test(t)) return { kind: 'mode', value: '主动公开' };
  if (/^依申请(公开)?$/.test(t)) return { kind: 'mode', value: '依申请公开' };
  const five = /^(决策|执行|管理|服务|结果)(公开)?$/.exec(t);
  if (five) return { kind: 'five', value: five[1] as FiveType };
  if (/^(政府)?(网站)?(所属)?栏目$/.test(t) || t === '网站所属栏目') return { kind: 'column' };
  if (/^公开(类型|类别)$/.test(t)) return { kind: 'category' };
  if (/^备注$/.test(t)) return { kind: 'remarks' };
  return null;
}

/** 责任科室 and the like: who publishes, where the form has no 公开主体 column of its own. */
function isOfficeLabel(label: string): boolean {
  return /^(责任|承办|公开)(科室|处室|股室|部门|单位)$/.test(norm(label));
}

/** A 责任科室 column beside a 公开主体 column has no field (公开主体 names who publishes). */
export function withoutSecondSubject(fields: readonly (Field | null)[], labelAt: (column: number) => string): (Field | null)[] {
  const subjects = fields.filter((f) => f?.kind === 'subject').length;
  return fields.map((f, j) => (subjects > 1 && f?.kind === 'subject' && isOfficeLabel(labelAt(j)) ? null : f));
}

/** A label that heads a group of sub-columns (公开事项, 公开对象, 公开方式, 五公开). */
export function groupOfLabel(label: string): Group | null {
  const t = norm(label);
  if (/^公开事项$|^事项$|^事项名称$/.test(t)) return 'items';
  if (/^公开(对象|范围)$/.test(t)) return 'audience';
  if (/^公开方式$/.test(t)) return 'mode';
  if (/五公开/.test(t)) return 'five';
  return null;
}

/** The field a group label stands for when it has no sub-columns of its own. */
export function groupAsField(group: Group): Field {
  switch (group) {
    case 'items':
      return { kind: 'level1' };
    case 'audience':
      return { kind: 'audienceText' };
    case 'mode':
      return { kind: 'modeText' };
    case 'five':
      return { kind: 'fiveText' };
  }
}

export function isHeaderLabel(label: string): boolean {
  return fieldOfLabel(label) !== null || groupOfLabel(label) !== null;
}

/** True for a row that is a (possibly repeated) header row of the form. */
export function isHeaderRow(texts: readonly string[]): boolean {
  const nonEmpty = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (nonEmpty.length === 0) return false;
  const labels = nonEmpty.filter(isHeaderLabel).length;
  const long = nonEmpty.filter((t) => !isHeaderLabel(t) && compact(t).length > 12).length;
  return labels >= 2 && long === 0 && labels >= nonEmpty.length / 2;
}

export function fieldKey(field: Field): string {
  return 'value' in field ? `${field.kind}:${field.value}` : field.kind;
}
