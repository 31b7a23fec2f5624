import { ValidationError, type FieldIssue } from '../../shared/errors.ts';
import { DEFAULT_ANSWER_TEMPLATES } from './defaultAnswerTemplates.ts';
import { DEFAULT_PROCEDURE_TEMPLATES } from './defaultProcedureTemplates.ts';
import { APPLICANT_ONLY_PLACEHOLDERS, type AnswerGroup, kindOfTemplateKey, LETTER_KIND_INFO, type TemplateKey } from './letterKinds.ts';
import { placeholdersIn, unknownPlaceholder } from './placeholders.ts';

/** An editable template: the title, the addressee line and the body (one paragraph per line). */
export interface LetterTemplate {
  title: string;
  addressee: string;
  body: string;
}

export const TEMPLATE_FIELD_LABELS: Record<keyof LetterTemplate, string> = { title: '标题', addressee: '称谓', body: '正文' };
const MAX_LENGTH: Record<keyof LetterTemplate, number> = { title: 60, addressee: 60, body: 8000 };

/** The project's template for a key, used until the agency saves its own. */
export function defaultTemplate(key: TemplateKey): LetterTemplate {
  const kind = kindOfTemplateKey(key);
  if (kind === 'answer') return DEFAULT_ANSWER_TEMPLATES[key.slice('answer.'.length) as AnswerGroup];
  return DEFAULT_PROCEDURE_TEMPLATES[kind];
}

function fieldIssues(template: LetterTemplate): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of Object.keys(TEMPLATE_FIELD_LABELS) as (keyof LetterTemplate)[]) {
    const label = TEMPLATE_FIELD_LABELS[field];
    const text = template[field];
    if (text.trim() === '') issues.push({ path: field, message: `${label}不能为空` });
    else if (text.length > MAX_LENGTH[field]) issues.push({ path: field, message: `${label}不能超过${MAX_LENGTH[field]}个字` });
    const unknown = unknownPlaceholder(text);
    if (unknown !== null) issues.push({ path: field, message: `${label}中有未知的占位符“{${unknown}}”` });
  }
  return issues;
}

/**
 * What is wrong with a template for a key: empty or over-long fields, unknown placeholders, a
 * placeholder the law requires for this kind that was removed, or the applicant named in a letter
 * to a third party or a co-maker.
 */
export function templateIssues(key: TemplateKey, template: LetterTemplate): FieldIssue[] {
  const issues = fieldIssues(template);
  const info = LETTER_KIND_INFO[kindOfTemplateKey(key)];
  const used = new Set([template.title, template.addressee, template.body].flatMap(placeholdersIn));
  for (const name of info.required) {
    if (!used.has(name)) issues.push({ path: 'body', message: `${info.label}须包含占位符“{${name}}”（${info.article}）` });
  }
  if (info.recipient !== 'applicant') {
    for (const name of APPLICANT_ONLY_PLACEHOLDERS) {
      if (used.has(name)) issues.push({ path: 'body', message: `${info.label}发给${info.recipient === 'thirdParty' ? '第三方' : '共同制作机关'}，不得使用占位符“{${name}}”（申请人的个人信息）` });
    }
  }
  return issues;
}

export function assertValidTemplate(key: TemplateKey, template: LetterTemplate): void {
  const issues = templateIssues(key, template);
  if (issues.length > 0) throw new ValidationError(issues[0]!.message, issues);
}
