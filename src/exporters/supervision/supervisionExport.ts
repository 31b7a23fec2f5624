/**
 * The region supervisor's table as xlsx (one sheet: title, Chinese header, one line per agency, numbers as numbers)
 * or CSV (UTF-8 with BOM): the rows in the order and with the filter the page shows. Pure: bytes out.
 */
import type { AgencySupervisionRow } from '../../domain/supervision/agencySupervision.ts';
import { exportTableBlocks, type BlockFormat } from '../annualReport/tableBlocks.ts';
import { SUPERVISION_HEADER, supervisionCells } from './supervisionColumns.ts';

export const SUPERVISION_SHEET = '各单位政务公开情况';

export interface SupervisionExport {
  /** e.g. 中卫市各单位政务公开情况（截至2026-12-07） */
  title: string;
  rows: readonly AgencySupervisionRow[];
}

export function exportSupervision(input: SupervisionExport, format: BlockFormat): Promise<Uint8Array> {
  return exportTableBlocks([{ sheet: SUPERVISION_SHEET, title: input.title, header: SUPERVISION_HEADER, rows: input.rows.map(supervisionCells) }], format);
}
