import type { PlaceholderValues } from './placeholders.ts';

/**
 * The remedy clause every 答复书 ends with, as data. The periods are the law's, not the agency's:
 * 《中华人民共和国行政复议法》（2023年修订）第二十条第一款 — 自知道或者应当知道该行政行为之日起六十日内提出行政复议申请;
 * 《中华人民共和国行政诉讼法》第四十六条第一款 — 直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出.
 * Which body hears the reconsideration (第二十四条: for a county department, the county government) and which
 * court has jurisdiction are the agency's settings; the defaults below name them generically.
 */
export const REMEDIES = {
  reconsideration: {
    law: '《中华人民共和国行政复议法》',
    article: '第二十条',
    period: '六十日',
    days: 60,
  },
  litigation: {
    law: '《中华人民共和国行政诉讼法》',
    article: '第四十六条',
    period: '六个月',
    months: 6,
  },
} as const;

/** Used when the agency has not named its reconsideration body or court. */
export const DEFAULT_REMEDY_BODIES = {
  复议机关: '本级人民政府',
  人民法院: '有管辖权的人民法院',
} as const;

export interface RemedyBodies {
  reconsiderationBody?: string | null;
  court?: string | null;
}

/** The clause in the words of the letters (placeholders already filled). */
export function remedyClause(bodies: RemedyBodies = {}): string {
  const reconsideration = bodies.reconsiderationBody?.trim() || DEFAULT_REMEDY_BODIES.复议机关;
  const court = bodies.court?.trim() || DEFAULT_REMEDY_BODIES.人民法院;
  const { reconsideration: r, litigation: l } = REMEDIES;
  return (
    `如对本答复不服，可以自收到本答复之日起${r.period}内向${reconsideration}申请行政复议（${r.law}${r.article}），` +
    `也可以自收到本答复之日起${l.period}内向${court}提起行政诉讼（${l.law}${l.article}）。`
  );
}

/** The remedy-related placeholder values for a rendering. */
export function remedyValues(bodies: RemedyBodies = {}): PlaceholderValues {
  return {
    救济途径: remedyClause(bodies),
    复议机关: bodies.reconsiderationBody?.trim() || DEFAULT_REMEDY_BODIES.复议机关,
    人民法院: bodies.court?.trim() || DEFAULT_REMEDY_BODIES.人民法院,
  };
}
