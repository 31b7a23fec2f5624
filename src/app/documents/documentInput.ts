import type { AppContext } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import type { DocumentContent, ItemKey } from '../../domain/documents/document.ts';
import { itemKeyInputSchema, parseDocumentMetadata } from '../../domain/documents/metadata.ts';
import { sanitizeBody } from '../../domain/documents/sanitizeBody.ts';
import { getPublishedCatalog } from '../catalog/readCatalog.ts';

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

/** Validate metadata, sanitize the body, and check that each item exists in the published catalog. */
export async function parseDocumentInput(tx: AppContext, agencyId: string, input: DocumentInput): Promise<DocumentContent> {
  const metadata = parseDocumentMetadata(input.metadata);
  const bodyHtml = sanitizeBody(String(input.bodyHtml ?? '').slice(0, 2_000_000));
  const items = await resolveItems(tx, agencyId, input.items ?? []);
  return { ...metadata, bodyHtml, items };
}

async function resolveItems(tx: AppContext, agencyId: string, requested: readonly unknown[]): Promise<ItemKey[]> {
  if (requested.length === 0) return [];
  const catalog = await getPublishedCatalog(tx.db, agencyId);
  const known = new Set((catalog?.items ?? []).map((i) => `${i.level1}\u0000${i.level2 ?? ''}`));
  const keys: ItemKey[] = [];
  for (const [index, raw] of requested.entries()) {
    const parsed = itemKeyInputSchema.safeParse(raw);
    if (!parsed.success || !known.has(`${parsed.data.level1}\u0000${parsed.data.level2}`)) {
      throw new ValidationError('所选目录事项不在本单位已发布的目录中', [{ path: `items.${index}`, message: '请从本单位目录中选择事项' }]);
    }
    if (!keys.some((k) => k.level1 === parsed.data.level1 && k.level2 === parsed.data.level2)) keys.push({ agencyId, ...parsed.data });
  }
  return keys;
}
