/**
 * The disclosure office's contact facts as the 指南 and the 依申请公开 page show them (条例第十二条):
 * what staff keep in the back office, each fact falling back to what the published catalog's preamble states.
 * Shared by the public pages (web/public/columnPresenters.ts) and the readiness check (app/supervision).
 */
import type { CatalogView } from './version.ts';

export interface OfficeFacts {
  name: string | null;
  address: string | null;
  postcode: string | null;
  hours: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  supervisionPhone: string | null;
  website: string | null;
}

/** The contact details staff keep in the back office (table agency_contacts). */
export type OfficeContact = Omit<OfficeFacts, 'name'> & { officeName: string | null };

const FACT_KEYS: Record<keyof OfficeFacts, string[]> = {
  name: ['office', 'responsibleBody', 'name'],
  address: ['address'],
  postcode: ['postcode', 'postalCode'],
  hours: ['hours', 'officeHours'],
  phone: ['phone', 'telephone'],
  fax: ['fax'],
  email: ['email'],
  supervisionPhone: ['supervisionPhone'],
  website: ['website'],
};

/** The disclosure office's contact facts, where the catalog states them (e.g. its preamble). */
export function officeFacts(catalog: CatalogView | null): OfficeFacts {
  const preamble = catalog?.version.preamble;
  const record = preamble && typeof preamble === 'object' ? preamble : {};
  const pick = (keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return null;
  };
  return {
    name: pick(FACT_KEYS.name) ?? catalog?.version.responsibleUnit ?? null,
    address: pick(FACT_KEYS.address),
    postcode: pick(FACT_KEYS.postcode),
    hours: pick(FACT_KEYS.hours),
    phone: pick(FACT_KEYS.phone),
    fax: pick(FACT_KEYS.fax),
    email: pick(FACT_KEYS.email),
    supervisionPhone: pick(FACT_KEYS.supervisionPhone),
    website: pick(FACT_KEYS.website),
  };
}

/**
 * The office's contact details as staff keep them in the back office (条例第十二条), each fact
 * falling back to what the catalog's preamble states when staff have not filled it in.
 */
export function withAgencyContact(facts: OfficeFacts, contact: OfficeContact | null): OfficeFacts {
  if (!contact) return facts;
  return {
    name: contact.officeName ?? facts.name,
    address: contact.address ?? facts.address,
    postcode: contact.postcode ?? facts.postcode,
    hours: contact.hours ?? facts.hours,
    phone: contact.phone ?? facts.phone,
    fax: contact.fax ?? facts.fax,
    email: contact.email ?? facts.email,
    supervisionPhone: contact.supervisionPhone ?? facts.supervisionPhone,
    website: contact.website ?? facts.website,
  };
}
