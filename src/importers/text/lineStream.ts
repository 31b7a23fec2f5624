import type { SourceTable } from '../table/grid.ts';

export function readLineStream(text: string): SourceTable | null {
  void text;
  return null;
}
