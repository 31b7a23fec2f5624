import type { AppContext } from '../context.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { derivedAgencyCode, formatIndexNumber, indexPeriod } from '../../domain/documents/indexNumber.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { findRegion } from '../../storage/repositories/region.repository.ts';
import { findDocumentSettings, nextAgencyNumber, saveDocumentSettings, takeSerial } from '../../storage/repositories/indexNumber.repository.ts';

/**
 * The next 索引号 of an agency (domain/documents/indexNumber.ts), from its template. When
 * the agency has no code, one is derived from its region's 行政区划代码 and a 3-digit agency
 * number, allocated once and kept in document_settings (say so to the administrator: the
 * real organisation code should be set before the first publication).
 */
export async function assignIndexNumber(tx: AppContext, agencyId: string, publishedOn: LocalDate): Promise<string> {
  const agency = await findAgency(tx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const settings = await findDocumentSettings(tx.db, agencyId);
  let code = agency.code;
  if (!code && settings.indexTemplate.includes('{code}')) {
    const region = await findRegion(tx.db, agency.region_id);
    let agencyNumber = settings.agencyNumber;
    if (agencyNumber === null) {
      agencyNumber = await nextAgencyNumber(tx.db, agency.region_id);
      await saveDocumentSettings(tx.db, { ...settings, agencyNumber });
    }
    code = derivedAgencyCode(region?.code ?? null, agencyNumber);
  }
  const serial = await takeSerial(tx.db, agencyId, indexPeriod(settings.indexTemplate, publishedOn));
  return formatIndexNumber(settings.indexTemplate, { code, credit: settings.creditCode, publishedOn, serial });
}
