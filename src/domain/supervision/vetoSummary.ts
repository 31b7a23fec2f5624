/**
 * The region supervisor's weekly list of agencies with 单项否决 findings (issue 11 deliverable 5): under
 * 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) any 单项否决 makes a site 不合格, so each such agency below the
 * supervisor's region is named with the failed checks and the address of its 检查准备情况 page. Agency names, check
 * titles and scores only, never an applicant. Pure: the job passes the lines, the date and the site's origin.
 */
import { chineseDate } from '../applications/letters/letterModel.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { AgencySupervisionRow } from './agencySupervision.ts';
import type { WeeklySummaryText } from './weeklySummary.ts';

export type VetoedAgency = Pick<AgencySupervisionRow, 'agencyId' | 'agencyName' | 'asOf'> & { readiness: Pick<AgencySupervisionRow['readiness'], 'score' | 'vetoes'> };

/** The drill-down page of one agency in the back office. */
export const agencySupervisionPath = (agencyId: string) => `/admin/supervision/agencies/${agencyId}`;

/**
 * Subject and body: a greeting, one entry per agency (「· 单位（得分）：单项否决项」 and the link on the next line), the
 * oldest data date shown, and how to stop the mail. `origin` (GONGKAI_PUBLIC_ORIGIN) makes the links absolute.
 */
export function vetoSummaryText(input: { displayName: string; today: LocalDate; regionName: string; agencies: readonly VetoedAgency[]; origin: string | null }): WeeklySummaryText {
  const count = input.agencies.length;
  const lines = [
    `${input.displayName}：`,
    `截至${chineseDate(input.today)}，${input.regionName}所属单位中有 ${count} 个单位存在单项否决问题（国办秘函〔2019〕19号：任一单项否决指标不达标即为不合格）：`,
    '',
  ];
  for (const agency of input.agencies) {
    lines.push(`· ${agency.agencyName}（检查准备得分 ${agency.readiness.score} 分）：${agency.readiness.vetoes.join('、')}`, `  ${input.origin ?? ''}${agencySupervisionPath(agency.agencyId)}`);
  }
  const oldest = input.agencies.reduce((min, a) => (a.asOf < min ? a.asOf : min), input.today);
  lines.push('', `以上依据各单位最近一次计算的监督数据（最早为${chineseDate(oldest)}）。`, '本邮件每周发送一次，由系统自动生成；不再接收请联系系统管理员删除您账号中的电子邮件地址。');
  return { subject: `政务公开单项否决单位清单（${chineseDate(input.today)}）：${input.regionName} ${count} 个单位`, body: lines.join('\n') };
}
