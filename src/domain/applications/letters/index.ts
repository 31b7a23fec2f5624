/**
 * The letters of 依申请公开: kinds as data, editable templates with a closed set of placeholders,
 * default wording per outcome group and per procedural step, the remedy clause, letter numbers
 * and the printable letter model. Pure: no I/O, no clock.
 */
export * from './letterKinds.ts';
export * from './placeholders.ts';
export { assertKnownPlaceholders, placeholdersIn, renderTemplate, unknownPlaceholder, type RenderOptions } from './placeholders.ts';
export { assertValidTemplate, defaultTemplate, templateIssues, TEMPLATE_FIELD_LABELS, type LetterTemplate } from './letterTemplate.ts';
export { DEFAULT_REMEDY_BODIES, REMEDIES, remedyClause, remedyValues, type RemedyBodies } from './remedy.ts';
export { OUTCOME_SITUATIONS } from './defaultAnswerTemplates.ts';
export { assertLetterPrefix, defaultLetterPrefix, formatLetterNumber, letterPrefixProblem } from './letterModel.ts';
export { assertEditedText, buildLetterModel, chineseDate, DATE_PENDING, NUMBER_PENDING, type LetterContent, type LetterModel } from './letterModel.ts';
export { draftLetter, letterValues, type LetterFacts } from './draftLetter.ts';
export * from './letterWorkflow.ts';
export { ledgerFacts } from './ledgerFacts.ts';
