import type { OutcomeKey } from '../vocabulary.ts';
import type { AnswerGroup } from './letterKinds.ts';
import type { LetterTemplate } from './letterTemplate.ts';

/**
 * The default 答复书 per outcome group, in the wording of 医疗保障局 answers: receipt and request
 * first, the finding ({答复情形}, per outcome), the article relied on ({法律依据}: OUTCOMES[key].basis),
 * what is provided, and the remedy clause last. Agencies may replace any of them (letter_templates).
 */
const OPENING =
  '本机关于{收到申请日期}收到您提出的政府信息公开申请（受理编号：{受理编号}），您申请获取“{申请内容}”的政府信息。经审查，现答复如下：';

const TITLE = '政府信息公开申请答复书';
const ADDRESSEE = '{申请人}：';

function answer(...findings: string[]): LetterTemplate {
  return { title: TITLE, addressee: ADDRESSEE, body: [OPENING, ...findings, '{救济途径}', '特此告知。'].join('\n') };
}

export const DEFAULT_ANSWER_TEMPLATES: Record<AnswerGroup, LetterTemplate> = {
  granted: answer(
    '经查，您申请获取的政府信息{答复情形}。根据{法律依据}的规定，本机关予以公开，现向您提供：{提供的信息}。',
  ),
  partial: answer(
    '经查，您申请获取的政府信息{答复情形}。根据{法律依据}的规定，本机关向您提供可以公开的部分：{提供的信息}。',
    '对不予公开的部分，理由是：{答复理由}。',
  ),
  withheld: answer(
    '经查，您申请获取的政府信息{答复情形}（{答复理由}）。根据{法律依据}的规定，本机关决定不予公开。',
  ),
  unavailable: answer('经查，{答复情形}。根据{法律依据}的规定，本机关无法向您提供该政府信息。'),
  notProcessed: answer('经查，{答复情形}。根据{法律依据}的规定，本机关对您的申请不予处理。'),
  other: answer('经查，{答复情形}。根据{法律依据}的规定，本机关不再处理您的政府信息公开申请。'),
};

/**
 * The finding of an answer in the words of the letter (the {答复情形} placeholder): what the
 * agency found about the request, per outcome, following 条例第三十六条至第三十九条 and 第三十五条.
 * Each phrase completes 「经审查，您申请获取的政府信息…」 or 「经审查，…」 as the group template writes it.
 */
export const OUTCOME_SITUATIONS: Record<OutcomeKey, string> = {
  granted: '属于可以公开的政府信息',
  partial: '部分内容属于依法不予公开的范围，且能够作区分处理',
  'withheld.stateSecret': '属于国家秘密',
  'withheld.lawProhibits': '属于法律、行政法规禁止公开的政府信息',
  'withheld.threeSecurities': '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  'withheld.thirdParty': '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
  'withheld.internalAffairs': '属于人事管理、后勤管理、内部工作流程等方面的内部事务信息',
  'withheld.processInfo': '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
  'withheld.enforcementFile': '属于行政执法案卷信息',
  'withheld.administrativeQuery': '属于有关法律、行政法规对信息的获取有特别规定的行政查询事项，请依照有关法律、行政法规的规定办理',
  'unavailable.notHeld': '本机关未制作、获取您申请公开的政府信息，该政府信息不存在或者不属于本机关负责公开',
  'unavailable.needsCreation': '本机关没有现成的该项政府信息，提供需要对现有政府信息进行加工、分析',
  'unavailable.unclearAfterCorrection': '您补正后的申请内容仍不明确，本机关无法确定您所申请的政府信息',
  'notProcessed.petition': '您以政府信息公开申请的形式进行信访、投诉、举报等活动',
  'notProcessed.repeat': '您重复申请公开相同的政府信息，本机关已就该信息作出过答复',
  'notProcessed.publication': '您申请获取的是政府公报、报刊、书籍等公开出版物',
  'notProcessed.excessive': '您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理',
  'notProcessed.confirmation': '您要求本机关确认或者重新出具已获取的信息',
  'other.noCorrection': '您无正当理由逾期未作补正，视为放弃申请',
  'other.feeUnpaid': '您逾期未按收费通知的要求缴纳信息处理费，视为放弃申请',
  'other.other': '您的申请依法不再处理',
};
