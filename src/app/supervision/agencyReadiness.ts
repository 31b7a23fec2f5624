import { chinaDateOf, type LocalDate } from '../../domain/shared/clock.ts';
import { agencyObligations, type AgencyObligations } from './agencyObligations.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { officeFacts, withAgencyContact } from '../../domain/catalog/officeFacts.ts';
import type { CatalogView } from '../../domain/catalog/version.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { evaluateReadiness, type ReadinessResult } from '../../domain/supervision/evaluateReadiness.ts';
import type { ColumnFact, GuideFact, PeriodBlankFact, ReadinessFacts } from '../../domain/supervision/readinessFacts.ts';
import { findAgencyContact } from '../../storage/repositories/agencyContact.repository.ts';
import { listAnnualReports } from '../../storage/repositories/annualReport.repository.ts';
import { publicationsByItem } from '../../storage/repositories/publishedDocument.repository.ts';
import { itemsEverPublished } from '../../storage/repositories/readinessFacts.repository.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';
import { filedNameKey } from '../../domain/catalog/itemKeys.ts';
import { publishedCatalogNames, rowsPerItemKey, type PublishedCatalogNames } from '../catalog/publishedCatalogNames.ts';
import type { AppContext } from '../context.ts';
import { brokenInternalLinks } from './brokenInternalLinks.ts';

export interface AgencyReadiness extends ReadinessResult {
  agencyId: string;
  agencyName: string;
  facts: ReadinessFacts;
}

/**
 * Facts that come from elsewhere: the blank periods of periodic items (the obligations per item, issue 11 deliverable 1)
 * and the published catalog with its items' names, when the caller has read them already (null: no published catalog).
 */
export interface ReadinessExtras {
  periodBlanks?: readonly PeriodBlankFact[];
  catalog?: PublishedCatalogNames | null;
}

/** The blank periods of the agency's periodic items, from their 公开时限 (agencyObligations). */
async function periodBlanksOf(ctx: AppContext, agencyId: string, catalog: PublishedCatalogNames | null): Promise<PeriodBlankFact[]> {
  return periodBlanksFrom(await agencyObligations(ctx, { agencyId, catalog }));
}

/** The blank periods of already computed obligations, as readiness facts. */
export function periodBlanksFrom({ items }: Pick<AgencyObligations, 'items'>): PeriodBlankFact[] {
  return items.flatMap((item) => item.findings.flatMap((finding) =>
    finding.kind === 'blank' ? finding.periods.map((period) => ({ itemId: item.itemId, level1: item.level1, level2: item.level2 || null, period: period.label, dueOn: period.due })) : []));
}

const newest = (...dates: (LocalDate | null)[]) => dates.reduce<LocalDate | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

/**
 * Each item of the published catalog is a column of the site: its newest live publication, whether it ever had one, its
 * 备注 — counting the documents filed under any name the item had (by its permanent key, issue 12).
 */
async function columnFacts(ctx: AppContext, agencyId: string, named: PublishedCatalogNames | null): Promise<ColumnFact[]> {
  if (!named) return [];
  const latest = rowsPerItemKey(named, await publicationsByItem(ctx.db, agencyId), filedNameKey);
  const ever = rowsPerItemKey(named, await itemsEverPublished(ctx.db, agencyId), filedNameKey);
  return named.catalog.items.map((item) => ({
    itemId: item.id,
    level1: item.level1,
    level2: item.level2,
    lastPublishedOn: (latest.get(item.itemKey) ?? []).reduce<LocalDate | null>((last, row) => newest(last, row.lastPublishedOn), null),
    everPublished: (ever.get(item.itemKey) ?? []).length > 0,
    emptyNote: item.remarks,
  }));
}

/**
 * The 指南 as the public guide page shows it (web/public/documentRoutes.tsx): contact details staff keep over the
 * catalog's preamble, the agency's name when no office name is stated; the page always links the online
 * application form (/agencies/:id/apply), which is its 依申请公开 channel. It changes with the catalog and the contact.
 */
async function guideFact(ctx: AppContext, agency: { id: string; name: string }, catalog: CatalogView | null, catalogOn: LocalDate | null): Promise<GuideFact> {
  const contact = await findAgencyContact(ctx.db, agency.id);
  const office = withAgencyContact(officeFacts(catalog), contact);
  return {
    officeName: office.name ?? agency.name,
    address: office.address,
    hours: office.hours,
    phone: office.phone,
    email: office.email,
    postcode: office.postcode,
    applicationChannel: true,
    updatedOn: newest(catalogOn, contact ? chinaDateOf(contact.updatedAt) : null),
  };
}

/** Everything the readiness check can know from Gongkai's own data about one agency today. */
export async function gatherReadinessFacts(ctx: AppContext, agency: { id: string; name: string }, extras: ReadinessExtras = {}): Promise<ReadinessFacts> {
  const named = extras.catalog !== undefined ? extras.catalog : await publishedCatalogNames(ctx.db, agency.id);
  const catalog = named?.catalog ?? null;
  const catalogOn = catalog ? chinaDateOf(catalog.version.approvedAt ?? catalog.version.createdAt) : null;
  const year = Number(ctx.clock.today().slice(0, 4)) - 1;
  const [report] = await listAnnualReports(ctx.db, [agency.id], year);
  return {
    catalog: catalog && catalogOn ? { versionId: catalog.version.id, publishedOn: catalogOn } : null,
    columns: await columnFacts(ctx, agency.id, named),
    periodBlanks: extras.periodBlanks ?? (await periodBlanksOf(ctx, agency.id, named)),
    brokenLinks: await brokenInternalLinks(ctx, agency.id),
    annualReport: { year, reportId: report?.id ?? null, publishedOn: report?.publishedOn ?? null },
    guide: await guideFact(ctx, agency, catalog, catalogOn),
  };
}

/**
 * Inspection readiness of one agency (issue 11, deliverable 3; 国办秘函〔2019〕19号, 条例第四十九条、第五十三条):
 * its findings, 单项否决 first, and its score. For the agency's staff and the region supervisors above it.
 */
export async function agencyReadiness(ctx: AppContext, agencyId: string, extras: ReadinessExtras = {}): Promise<AgencyReadiness> {
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  assertCan(ctx.actor, DOCUMENT_PERMISSIONS.view, await agencyScope(ctx.db, agencyId));
  const facts = await gatherReadinessFacts(ctx, agency, extras);
  return { agencyId, agencyName: agency.name, facts, ...evaluateReadiness(facts, ctx.clock.today()) };
}
