import type { TimeLimitRule } from './catalog.ts';

/**
 * Rules that name no period: 即时/实时/及时, or an event without one (信息形成后及时公开, 文件印发后公开).
 * Such an item is judged by 条例第二十六条's 20 working days (src/domain/supervision), never by a same-day
 * deadline, and the catalog lint warns about it (time_limit_vague).
 */
export function isVagueRule(rule: TimeLimitRule): boolean {
  if (rule.trigger === 'immediate') return true;
  if (rule.trigger === 'standing' || rule.trigger === 'yearly_date' || rule.trigger === 'recurring') return false;
  return rule.amount === undefined || rule.unit === undefined;
}
