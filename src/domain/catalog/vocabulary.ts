/**
 * The closed vocabularies of the national 政务公开目录 form
 * (国办发〔2019〕54号: 名称、内容、依据、时限、主体、方式、渠道、公开对象).
 */

/** 公开渠道和载体: the fixed check-box list of the national form, in its printed order. */
export const CHANNELS = [
  '政府网站',
  '两微一端',
  '政府公报',
  '发布会/听证会',
  '广播电视',
  '报刊',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区（村）/企事业单位公示栏',
  '精准推送',
  '其他',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels whose box on the form reads "（注明）": they carry a free-text note. */
export const CHANNELS_WITH_NOTE: readonly Channel[] = ['精准推送', '其他'];

/** 公开对象. */
export const AUDIENCES = ['全社会', '特定群体'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** 公开方式 (条例第十三条: 主动公开 and 依申请公开). */
export const MODES = ['主动公开', '依申请公开'] as const;
export type Mode = (typeof MODES)[number];

/** 五公开 (决策、执行、管理、服务、结果公开; 中办发〔2016〕8号). */
export const FIVE_TYPES = ['决策', '执行', '管理', '服务', '结果'] as const;
export type FiveType = (typeof FIVE_TYPES)[number];

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** Sort a set of channel names into the form's printed order. */
export function inFormOrder<T extends string>(values: readonly T[], order: readonly string[]): T[] {
  return [...new Set(values)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
