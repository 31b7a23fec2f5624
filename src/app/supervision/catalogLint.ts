import { parseTimeLimit } from '../../domain/calendar/index.ts';
import { lintCatalog, type LintFinding } from '../../domain/catalog/lint.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import type { CatalogView } from '../../domain/catalog/version.ts';

/** Lint of a stored catalog version with the 公开时限 parser, as the version page shows it (domain/catalog/lint.ts). */
export function lintStoredCatalog(view: CatalogView, agencyName: string): LintFinding[] {
  return lintCatalog(toCatalogDocument(view, agencyName), {
    parseTimeLimit: (text) => {
      const parsed = parseTimeLimit(text);
      return parsed.ok ? parsed.rule : null;
    },
  });
}
