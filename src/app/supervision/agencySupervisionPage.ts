import { can } from '../../domain/accounts/roles.ts';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';
import { getAgency } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';
import { agencyObligations, type AgencyObligations } from './agencyObligations.ts';
import { agencyReadiness, periodBlanksFrom, type AgencyReadiness } from './agencyReadiness.ts';
import { publishedCatalogNames } from '../catalog/publishedCatalogNames.ts';

/** Which fixes the actor may make themselves, so the page links to the form or else to a page they may read. */
export interface SupervisionAbilities {
  /** 政府信息公开工作机构联系方式 (the 指南's facts): agency.contact. */
  editContact: boolean;
  /** Documents: document.edit (a broken link is fixed in the document's form). */
  editDocuments: boolean;
}

export interface AgencySupervisionPage {
  agency: { id: string; name: string; regionNames: string[] };
  readiness: AgencyReadiness;
  obligations: AgencyObligations;
  may: SupervisionAbilities;
}

/**
 * One agency's supervision page (issue 11, deliverable 3; the drill-down of the region view): its inspection
 * readiness (国办秘函〔2019〕19号, 单项否决 first) and the obligations of each catalog item, read once and shared.
 * For the agency's staff and the region supervisors above it (supervision.view; agencyObligations and
 * agencyReadiness check catalog.view_drafts and document.view_drafts too): anyone else is refused before anything is read.
 */
export async function agencySupervisionPage(ctx: AppContext, agencyId: string): Promise<AgencySupervisionPage> {
  const agency = await getAgency(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = { agencyId, regionPath: agency.regionPath };
  if (!can(ctx.actor, 'supervision.view', scope)) throw new ForbiddenError('您无权查看该单位的检查准备情况：仅限本单位工作人员和上级区域监督员');
  const catalog = await publishedCatalogNames(ctx.db, agencyId);
  const obligations = await agencyObligations(ctx, { agencyId, catalog });
  const readiness = await agencyReadiness(ctx, agencyId, { catalog, periodBlanks: periodBlanksFrom(obligations) });
  return {
    agency: { id: agency.id, name: agency.name, regionNames: agency.regionNames },
    readiness,
    obligations,
    may: { editContact: can(ctx.actor, 'agency.contact', scope), editDocuments: can(ctx.actor, 'document.edit', scope) },
  };
}
