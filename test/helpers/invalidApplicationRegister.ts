/**
 * Broken registers for negative tests: a valid generated register with one application made
 * impossible in a known way (what contract §3 and 条例第三十条、第三十三条 forbid, or a word
 * outside the contract's vocabulary). The importer must name that application and import nothing.
 */
import type { ApplicationEvent, ApplicationRecord } from '../../src/domain/applications/application.ts';
import { generateRegister, type GeneratedRegister } from './applicationRegisterGenerator.ts';
import { plusDays } from './referenceWorkingDays.ts';

export const BREAKAGES = {
  answeredBeforeReceived: (a: ApplicationRecord): ApplicationEvent[] => [{ type: 'answered', on: plusDays(a.receivedOn, -3), outcome: 'granted' }],
  extensionOverTwenty: (a: ApplicationRecord): ApplicationEvent[] => [
    { type: 'extended', on: plusDays(a.receivedOn, 2), workingDays: 15, approvedBy: '张主任' },
    { type: 'extended', on: plusDays(a.receivedOn, 3), workingDays: 10, approvedBy: '张主任' },
  ],
  extensionWithoutApprover: (a: ApplicationRecord): ApplicationEvent[] => [{ type: 'extended', on: plusDays(a.receivedOn, 2), workingDays: 5 }],
  extensionAfterDue: (a: ApplicationRecord): ApplicationEvent[] => [{ type: 'extended', on: plusDays(a.receivedOn, 60), workingDays: 5, approvedBy: '张主任' }],
  correctionWithoutNotice: (a: ApplicationRecord): ApplicationEvent[] => [{ type: 'correctionReceived', on: plusDays(a.receivedOn, 5) }],
  secondCorrectionNotice: (a: ApplicationRecord): ApplicationEvent[] => [
    { type: 'correctionRequested', on: plusDays(a.receivedOn, 1) },
    { type: 'correctionReceived', on: plusDays(a.receivedOn, 4) },
    { type: 'correctionRequested', on: plusDays(a.receivedOn, 6) },
  ],
  eventAfterClosure: (a: ApplicationRecord): ApplicationEvent[] => [
    { type: 'answered', on: plusDays(a.receivedOn, 5), outcome: 'granted' },
    { type: 'consultationStarted', on: plusDays(a.receivedOn, 8), party: '某公司' },
  ],
  outcomeNotAKey: (a: ApplicationRecord): ApplicationEvent[] => [{ type: 'answered', on: plusDays(a.receivedOn, 5), outcome: '同意公开' as never }],
} as const;

export type Breakage = keyof typeof BREAKAGES;

/** A generated register whose application at `index` (0-based) has the ledger `breakage` describes. */
export function invalidRegister(seed: number, breakage: Breakage, index = 17, count = 60): GeneratedRegister & { brokenRef: string } {
  const register = generateRegister({ seed, count });
  const target = register.applications[index]!;
  const broken = { ...target, events: BREAKAGES[breakage](target) };
  return { ...register, applications: register.applications.map((a, i) => (i === index ? broken : a)), brokenRef: target.ref! };
}
