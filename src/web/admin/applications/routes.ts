import type { FastifyInstance } from 'fastify';
import { registerApplicationCaseRoutes } from './caseRoutes.tsx';
import { registerApplicationRegisterRoutes } from './registerRoutes.tsx';

/**
 * 依申请公开 in the back office: the register (台账) and the supervisors' counts, staff
 * registration, and the case page with the answer clock's ledger. Letters live under
 * /admin/applications/:id/letters (registered by the letters module).
 */
export function registerApplicationRoutes(app: FastifyInstance): void {
  registerApplicationRegisterRoutes(app);
  registerApplicationCaseRoutes(app);
}
