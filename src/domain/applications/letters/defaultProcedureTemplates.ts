import type { LetterKind } from './letterKinds.ts';
import type { LetterTemplate } from './letterTemplate.ts';

/**
 * The default notices of the procedural steps (条例第三十条、第三十二条至第三十五条、第四十二条), each stating
 * what the article requires the agency to tell: 补正 — every item at once and the period, and the
 * consequence of not correcting; 延期 — the approval and the new date; 征求意见 — the 15 working days;
 * 收费 — basis, standard, amount and the 20 working days to pay (国办函〔2020〕109号).
 */
const RECEIPT = '本机关于{收到申请日期}收到您提出的政府信息公开申请（受理编号：{受理编号}），您申请获取“{申请内容}”的政府信息。';
/** Consultation letters state the request but never the applicant (personal information). */
const RECEIPT_FOR_CONSULTED = '本机关于{收到申请日期}收到政府信息公开申请，申请获取“{申请内容}”的政府信息。';

export const DEFAULT_PROCEDURE_TEMPLATES: Record<Exclude<LetterKind, 'answer'>, LetterTemplate> = {
  correction: {
    title: '政府信息公开申请补正告知书',
    addressee: '{申请人}：',
    body: [
      '本机关于{收到申请日期}收到您提出的政府信息公开申请（受理编号：{受理编号}）。经审查，您的申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，现将需要补正的事项一次性告知如下：',
      '{补正事项}',
      '请您于{补正期限}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '特此告知。',
    ].join('\n'),
  },
  extension: {
    title: '政府信息公开延期答复告知书',
    addressee: '{申请人}：',
    body: [
      `${RECEIPT}因{延期理由}，本机关不能在{答复期限}前作出答复。`,
      '经本机关政府信息公开工作机构负责人同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长{延长天数}个工作日，本机关将于{延长后期限}前作出答复。',
      '特此告知。',
    ].join('\n'),
  },
  delay: {
    title: '政府信息公开延迟答复告知书',
    addressee: '{申请人}：',
    body: [
      `${RECEIPT}经审查，您申请公开政府信息的数量、频次明显超过合理范围，您说明的理由合理，但本机关无法在《中华人民共和国政府信息公开条例》第三十三条规定的期限内答复。`,
      '根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关确定延迟答复的期限为{延迟答复期限}，将在该期限内作出答复。',
      '特此告知。',
    ].join('\n'),
  },
  thirdPartyConsultation: {
    title: '政府信息公开征求第三方意见函',
    addressee: '{第三方}：',
    body: [
      `${RECEIPT_FOR_CONSULTED}经审查，本机关认为公开该政府信息可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。`,
      '请贵方自收到本函之日起15个工作日内，以书面形式向本机关提出是否同意公开的意见；不同意公开的，请一并说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。',
      '贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。',
      '特此函告。',
    ].join('\n'),
  },
  coMakerConsultation: {
    title: '政府信息公开征求意见函',
    addressee: '{共同制作机关}：',
    body: [
      `${RECEIPT_FOR_CONSULTED}该政府信息由本机关与贵机关共同制作。根据《中华人民共和国政府信息公开条例》第三十四条的规定，现征求贵机关意见。`,
      '请贵机关自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开。',
      '特此函告。',
    ].join('\n'),
  },
  feeNotice: {
    title: '政府信息公开信息处理费收费通知书',
    addressee: '{申请人}：',
    body: [
      `${RECEIPT}您申请公开政府信息的数量、频次明显超过合理范围，根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。`,
      '收费标准：{收费标准}。',
      '应缴金额：{金额}元。',
      '请您于{缴费期限}前（自收到本通知次日起20个工作日内）通过{缴费方式}缴纳。逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '特此通知。',
    ].join('\n'),
  },
};
