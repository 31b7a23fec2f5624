/** Fuzz: damaged PDF catalogs through importCatalogFile (fuzzFiles.ts); apart from fuzz.test.ts for the time limit. */
import { describe } from 'node:test';
import { fuzzFormats } from './fuzzFiles.ts';

describe('fuzz: damaged PDF files through importCatalogFile', () => {
  fuzzFormats(['pdf']);
});
