import type { FastifyInstance } from 'fastify';
import { isStaff } from '../../domain/accounts/roles.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { requireSignedIn } from '../shared/requestContext.ts';
import { registerAccountRoutes } from './accountRoutes.tsx';
import { registerApplicationRecordRoutes } from './applicationRecordRoutes.tsx';
import { registerApplicationExportRoutes } from './applicationExportRoutes.ts';
import { registerApplicationRoutes } from './applications/registerRoutes.tsx';
import { registerAuditRoutes } from './auditRoutes.tsx';
import { registerCalendarRoutes } from './calendarRoutes.tsx';
import { registerCatalogRoutes } from './catalogRoutes.tsx';
import { registerContactRoutes } from './contactRoutes.tsx';
import { registerDashboardRoutes } from './dashboardRoutes.tsx';
import { registerAdminDocumentRoutes } from './documentRoutes.tsx';
import { registerImportRoutes } from './importRoutes.tsx';
import { registerItemRoutes } from './itemRoutes.tsx';
import { registerLetterRoutes } from './letterRoutes.tsx';
import { registerLetterTemplateRoutes } from './letterTemplateRoutes.tsx';
import { registerOutboxRoutes } from './outboxRoutes.tsx';
import { registerReportFigureRoutes } from './reportFigureRoutes.tsx';
import { registerReviewCaseRoutes } from './reviewCaseRoutes.tsx';
import { registerReportRoutes } from './reportRoutes.tsx';
import { registerRegionReportRoutes } from './reports/regionReportRoutes.tsx';
import { registerReportCheckRoutes } from './reports/reportCheckRoutes.tsx';
import { registerSupervisionRoutes } from './supervision/supervisionRoutes.tsx';
import { registerUserRoutes } from './userRoutes.tsx';
import { registerAgencySupervisionRoutes } from './supervision/agencySupervisionRoutes.tsx';

/** The back office under /admin: signed-in staff only; each use case checks the finer permissions. */
export async function registerAdminRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request) => {
    const actor = requireSignedIn(request);
    if (!isStaff(actor)) throw new ForbiddenError('您的账号没有工作台权限');
  });
  registerDashboardRoutes(app);
  registerCatalogRoutes(app);
  registerItemRoutes(app);
  registerAuditRoutes(app);
  registerCalendarRoutes(app);
  registerUserRoutes(app);
  registerContactRoutes(app);
  registerAccountRoutes(app);
  registerLetterTemplateRoutes(app);
  registerOutboxRoutes(app);
  registerApplicationRecordRoutes(app);
  registerApplicationExportRoutes(app);
  registerApplicationRoutes(app);
  registerReportFigureRoutes(app);
  registerReviewCaseRoutes(app);
  registerReportRoutes(app);
  registerRegionReportRoutes(app);
  registerSupervisionRoutes(app);
  registerAgencySupervisionRoutes(app);
  await app.register(registerImportRoutes);
  await app.register(registerReportCheckRoutes);
  await app.register(registerAdminDocumentRoutes);
  await app.register(registerLetterRoutes);
}
