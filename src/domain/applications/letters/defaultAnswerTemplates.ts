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
    '对不予公开的部分，理由如下：{答复理由}',
  ),
  withheld: answer(
    '经查，您申请获取的政府信息{答复情形}（{答复理由}）。根据{法律依据}的规定，本机关决定不予公开。',
  ),
  unavailable: answer('经查，{答复情形}。根据{法律依据}的规定，本机关无法向您提供该政府信息。'),
  notProcessed: answer('经查，{答复情形}。根据{法律依据}的规定，本机关对您的申请不予处理。'),
  other: answer('经查，{答复情形}。根据{法律依据}的规定，本机关不再处理您的政府信息公开申请。'),
};
