import type { AppContext } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import type { DocumentContent, ItemKey } from '../../domain/documents/document.ts';
import { itemKeyInputSchema, parseDocumentMetadata } from '../../domain/documents/metadata.ts';
import { sanitizeBody } from '../../domain/documents/sanitizeBody.ts';
import { itemFiledAs, publishedCatalogNames } from '../catalog/publishedCatalogNames.ts';

/** What a form or API call sends to create or edit a document. */
export interface DocumentInput {
  /** Metadata fields (domain/documents/document.ts DocumentMetadata, form-shaped). */
  metadata: unknown;
  /** Rich text; sanitized to BODY_POLICY before it is stored. */
  bodyHtml?: string;
  /** Catalog items by 一级/二级事项 name, from the agency's published catalog. */
  items?: { level1: string; level2?: string | null }[];
  internalNote?: string | null;
}

/** Validate metadata, sanitize the body, and check that each item exists in the published catalog (by any of its names). */
export async function parseDocumentInput(tx: AppContext, agencyId: string, input: DocumentInput): Promise<DocumentContent> {
  const metadata = parseDocumentMetadata(input.metadata);
  const bodyHtml = sanitizeBody(String(input.bodyHtml ?? '').slice(0, 2_000_000));
  const items = await resolveItems(tx, agencyId, input.items ?? []);
  return { ...metadata, bodyHtml, items };
}

/**
 * The items a document is filed under, by their current names: a name the item had in an earlier published version
 * (a form opened before the catalog was renamed) files the document under the item it names now (issue 12).
 */
async function resolveItems(tx: AppContext, agencyId: string, requested: readonly unknown[]): Promise<ItemKey[]> {
  if (requested.length === 0) return [];
  const named = await publishedCatalogNames(tx.db, agencyId);
  const keys: ItemKey[] = [];
  for (const [index, raw] of requested.entries()) {
    const parsed = itemKeyInputSchema.safeParse(raw);
    const item = parsed.success && named ? itemFiledAs(named, parsed.data) : undefined;
    if (!item) throw new ValidationError('所选目录事项不在本单位已发布的目录中', [{ path: `items.${index}`, message: '请从本单位目录中选择事项' }]);
    const level2 = item.level2 ?? '';
    if (!keys.some((k) => k.level1 === item.level1 && k.level2 === level2)) keys.push({ agencyId, level1: item.level1, level2 });
  }
  return keys;
}
