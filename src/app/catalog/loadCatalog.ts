import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { parseCatalogDocument } from '../../domain/catalog/catalogSchema.ts';
import { computeSummary, summaryLine } from '../../domain/catalog/summary.ts';
import { insertItems, insertVersion, findVersionByStatus, listItems, listVersions, updateVersion } from '../../storage/repositories/catalog.repository.ts';
import { newItemKey } from '../../storage/repositories/itemKey.repository.ts';
import { matchItemKeys } from '../../domain/catalog/itemKeys.ts';
import type { CatalogItem } from '../../domain/catalog/catalog.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { withTimeLimitRule } from '../../domain/calendar/index.ts';
import { ensureAgency } from './ensureAgency.ts';

export interface LoadCatalogOptions {
  /** true: the catalog becomes the published version at once (CLI load, seed import); false: a draft for review. */
  publish: boolean;
  /** Region names from the top, for an agency not registered yet. */
  regionPath?: string[];
  /** Where the catalog came from (a file name), kept on the version. */
  source?: string;
}

/**
 * Save a catalog (the project's JSON form, shared/golden/SCHEMA.md) as a new
 * version of its agency's catalog, in one transaction: a malformed catalog or
 * any failure leaves nothing behind.
 */
export async function loadCatalog(ctx: AppContext, input: unknown, options: LoadCatalogOptions) {
  const doc = parseCatalogDocument(input);
  return inTransaction(ctx, async (tx) => {
    const agency = await ensureAgency(tx, doc.agency, options.regionPath);
    const scope = await agencyScope(tx.db, agency.id);
    assertCan(tx.actor, options.publish ? 'agency.manage' : 'catalog.edit', scope);
    const now = tx.clock.now();
    const keyed = await withCarriedKeys(tx, agency.id, doc.items.map(withTimeLimitRule));
    const previous = options.publish ? await findVersionByStatus(tx.db, agency.id, ['published']) : undefined;
    if (previous) await updateVersion(tx.db, previous.id, { status: 'superseded' });
    const version = await insertVersion(tx.db, {
      agencyId: agency.id,
      status: options.publish ? 'published' : 'draft',
      title: doc.title,
      responsibleUnit: doc.agency,
      preparer: doc.preparer,
      reviewer: doc.reviewer,
      approver: doc.approver,
      preparedOn: doc.preparedOn,
      declared: doc.declared,
      preamble: doc.preamble,
      notes: doc.notes ?? null,
      columns: doc.columns ?? null,
      declaredText: doc.declaredText ?? null,
      headerLines: doc.headerLines ?? null,
      source: options.source ?? doc.source ?? null,
      basedOnId: previous?.id ?? null,
      createdBy: tx.actor.id,
      createdAt: now,
      submittedBy: null,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      approvedBy: options.publish ? tx.actor.id : null,
      approvedAt: options.publish ? now : null,
      reviewComment: null,
    });
    // Each 公开时限 text is parsed into its rule once (above), and stored with the item.
    await insertItems(tx.db, version.id, keyed);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'catalog.loaded',
      entityType: 'catalog_version',
      entityId: version.id,
      agencyId: agency.id,
      summary: `导入目录第${version.number}版（${options.publish ? '直接发布' : '草稿'}）：${summaryLine(computeSummary(doc.items))}`,
      after: { source: options.source ?? null, items: doc.items.length, supersedes: previous?.number ?? null },
    });
    return { agencyId: agency.id, versionId: version.id, number: version.number, itemCount: doc.items.length };
  });
}

/**
 * Issue 12 (stable items): each loaded item takes the key of the matching item of the agency's current version (the
 * published one, else the newest), so re-importing a catalog keeps its items' URLs; unmatched items get new keys.
 */
async function withCarriedKeys<T extends CatalogItem>(tx: AppContext, agencyId: string, items: readonly T[]): Promise<(T & { itemKey: string })[]> {
  const current = (await findVersionByStatus(tx.db, agencyId, ['published'])) ?? (await listVersions(tx.db, agencyId))[0];
  const previous = current ? (await listItems(tx.db, current.id)).map((item) => ({ key: item.itemKey, level1: item.level1, level2: item.level2 })) : [];
  const keys = matchItemKeys(previous, items, newItemKey);
  return items.map((item, index) => ({ ...item, itemKey: keys[index]! }));
}
