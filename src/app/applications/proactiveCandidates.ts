import { assertCan } from '../../domain/accounts/roles.ts';
import { PROACTIVE_OUTCOMES } from '../../domain/applications/proactive.ts';
import { OUTCOMES } from '../../domain/applications/vocabulary.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { listUnsuggestedAnswered } from '../../storage/repositories/applicationProactive.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { getPublishedCatalog } from '../catalog/readCatalog.ts';
import type { AppContext } from '../context.ts';

export interface ProactiveCandidate {
  id: string;
  trackingNo: string;
  request: string;
  outcomeLabel: string;
  closedOn: string | null;
}

const MAX_CANDIDATES = 500;

/**
 * What the 转主动公开 form offers (条例第四十四条): the agency's answered applications that gave
 * information out (予以公开/部分公开) and are not yet turned into a draft, newest first, and the
 * items of its published catalog. For staff who handle applications and may draft documents.
 */
export async function proactiveCandidates(ctx: AppContext, agencyId: string) {
  const scope = await agencyScope(ctx.db, agencyId);
  assertCan(ctx.actor, 'application.handle', scope);
  assertCan(ctx.actor, DOCUMENT_PERMISSIONS.edit, scope);
  const rows = await listUnsuggestedAnswered(ctx.db, agencyId, PROACTIVE_OUTCOMES, MAX_CANDIDATES);
  const applications: ProactiveCandidate[] = rows.map((a) => ({ id: a.id, trackingNo: a.trackingNo, request: a.request, outcomeLabel: OUTCOMES[a.outcome!].label, closedOn: a.closedOn }));
  const catalog = await getPublishedCatalog(ctx.db, agencyId);
  const items = (catalog?.items ?? []).map((i) => ({ level1: i.level1, level2: i.level2 ?? '' }));
  return { applications, items };
}
