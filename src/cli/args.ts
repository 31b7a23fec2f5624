import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DomainError } from '../domain/shared/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict flag parsing for a command: an unknown flag or a missing value is a
 * one-line usage error naming the command, never a stack trace.
 */
export function parseFlags<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify.*$/s, '');
    throw new DomainError('validation.failed', `gongkai ${command}: ${message}（用 gongkai ${command} --help 查看用法）`);
  }
}
