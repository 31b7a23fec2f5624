import type { CatalogItem } from './catalog.ts';
import type { FieldIssue } from '../shared/errors.ts';

/**
 * The fields a catalog item must have when staff write it: 二级事项 and 公开内容 are columns of
 * the national 政务公开标准目录 form (国办发〔2019〕18号 附件 基层政务公开标准目录的格式); an item
 * without them tells the public nothing. Imported catalogs keep their source as written and
 * lint reports the gap as an error instead (docs/adr/0010-required-fields-and-lint-reasons.md).
 */
export const REQUIRED_ITEM_FIELDS = { level2: '二级事项', content: '公开内容' } as const;

export type RequiredItemField = keyof typeof REQUIRED_ITEM_FIELDS;

/** Whether a text field is blank (null, empty or only spaces). */
export function isBlankText(value: string | null | undefined): boolean {
  return (value ?? '').trim() === '';
}

/** The required fields this item leaves blank. */
export function blankRequiredFields(item: Pick<CatalogItem, RequiredItemField>): RequiredItemField[] {
  return (Object.keys(REQUIRED_ITEM_FIELDS) as RequiredItemField[]).filter((field) => isBlankText(item[field]));
}

/** One issue per required field left blank, each naming the field in Chinese (「二级事项为必填项」). */
export function missingRequiredFields(item: Pick<CatalogItem, RequiredItemField>): FieldIssue[] {
  return blankRequiredFields(item).map((field) => ({ path: field, message: `${REQUIRED_ITEM_FIELDS[field]}为必填项` }));
}
