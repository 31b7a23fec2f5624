import type { Command } from './command.ts';
import { migrateCommand } from './commands/migrate.ts';

/** Every `gongkai` command; add a file under commands/ and one line here. */
export const COMMANDS: Command[] = [migrateCommand];
