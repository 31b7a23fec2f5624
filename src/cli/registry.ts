import type { Command } from './command.ts';
import { migrateCommand } from './commands/migrate.ts';
import { userCommand } from './commands/user.ts';
import { agencyCommand } from './commands/agency.ts';
import { catalogCommand } from './commands/catalog.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { serveCommand } from './commands/serve.ts';
import { calendarCommand } from './commands/calendar.ts';
import { deadlineCommand } from './commands/deadline.ts';
import { lintCommand } from './commands/lint.ts';
import { jobsCommand } from './commands/jobs.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { applicationsCommand } from './commands/applications.ts';
import { reportCommand } from './commands/report.ts';
import { monitorCommand } from './commands/monitor.ts';

/** Every `gongkai` command; add a file under commands/ and one line here. */
export const COMMANDS: Command[] = [migrateCommand, userCommand, agencyCommand, catalogCommand, exportCommand, importCommand, serveCommand, calendarCommand, deadlineCommand, lintCommand, jobsCommand, backupCommand, restoreCommand, applicationsCommand, reportCommand, monitorCommand];
