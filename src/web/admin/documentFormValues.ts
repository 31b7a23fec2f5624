import type { DocumentInput } from '../../app/documents/documentInput.ts';
import { itemFiledAs, type PublishedCatalogNames } from '../../app/catalog/publishedCatalogNames.ts';
import type { AdminDocumentView } from '../../app/documents/presentDocument.ts';
import type { StoredCatalogItem } from '../../domain/catalog/version.ts';
import type { FieldIssue } from '../../domain/shared/errors.ts';

/** The document form as typed: every metadata field, the body, the internal note and the chosen item ids. */
export interface DocumentFormValues {
  kind: string;
  title: string;
  publisher: string;
  formedOn: string;
  documentNumber: string;
  subjectCategory: string;
  genre: string;
  keywords: string;
  summary: string;
  validity: string;
  repealedOn: string;
  /** '' (其他), regulation or normativeDocument */
  legalForm: string;
  disclosureMode: string;
  source: string;
  bodyHtml: string;
  internalNote: string;
  /** Ids of items of the agency's published catalog. */
  items: string[];
}

export const TEXT_FIELDS = ['kind', 'title', 'publisher', 'formedOn', 'documentNumber', 'subjectCategory', 'genre', 'keywords', 'summary', 'validity', 'repealedOn', 'legalForm', 'disclosureMode', 'source', 'bodyHtml', 'internalNote'] as const;

const str = (value: unknown): string => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '');

export function documentValuesFromBody(body: Record<string, unknown>): DocumentFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, str(body[field])])) as Omit<DocumentFormValues, 'items'>;
  const items = body.items === undefined ? [] : [body.items].flat().map(String);
  return { ...values, items };
}

export function emptyDocumentValues(publisher: string): DocumentFormValues {
  return {
    kind: 'other', title: '', publisher, formedOn: '', documentNumber: '', subjectCategory: '', genre: '', keywords: '', summary: '',
    validity: 'effective', repealedOn: '', legalForm: '', disclosureMode: 'proactive', source: '', bodyHtml: '', internalNote: '', items: [],
  };
}

/**
 * The form values of an existing document; the names it is filed under become the ids of the current catalog's items
 * that have or had them (issue 12: a document filed before its item was renamed stays ticked under it).
 */
export function documentValuesOf(doc: AdminDocumentView, catalog: PublishedCatalogNames | null): DocumentFormValues {
  return {
    kind: doc.kind, title: doc.title, publisher: doc.publisher, formedOn: doc.formedOn ?? '', documentNumber: doc.documentNumber ?? '',
    subjectCategory: doc.subjectCategory ?? '', genre: doc.genre ?? '', keywords: doc.keywords.join('，'), summary: doc.summary ?? '',
    validity: doc.validity, repealedOn: doc.repealedOn ?? '', legalForm: doc.legalForm ?? '', disclosureMode: doc.disclosureMode, source: doc.source ?? '',
    bodyHtml: doc.bodyHtml, internalNote: doc.internalNote ?? '',
    items: [...new Set(doc.items.flatMap((key) => (catalog && itemFiledAs(catalog, key)?.id) || []))],
  };
}

/** What the use cases take; unknown item ids are sent as an impossible key, so the use case reports them. */
export function documentInputFromForm(values: DocumentFormValues, catalogItems: readonly StoredCatalogItem[]): DocumentInput {
  const { bodyHtml, internalNote, items, ...metadata } = values;
  return {
    metadata,
    bodyHtml,
    internalNote,
    items: items.map((id) => {
      const item = catalogItems.find((candidate) => candidate.id === id);
      return item ? { level1: item.level1, level2: item.level2 } : { level1: `未知事项 ${id.slice(0, 40)}`, level2: null };
    }),
  };
}

/** Field issues → a message per form field ('' for the form as a whole). */
export function documentFieldMessages(issues: readonly FieldIssue[]): Record<string, string> {
  const known = new Set<string>([...TEXT_FIELDS, 'items']);
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    const key = known.has(field) ? field : '';
    messages[key] = messages[key] ? `${messages[key]}；${issue.message}` : issue.message;
  }
  return messages;
}
