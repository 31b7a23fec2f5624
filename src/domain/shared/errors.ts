/**
 * Domain errors carry a stable code. The web maps codes to HTTP statuses and
 * Chinese pages (src/web/shared/errors.ts); the CLI maps them to exit codes and
 * one-line messages (src/cli/output.ts). The domain never knows about either.
 */
export type ErrorCode =
  | 'validation.failed'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'workflow.invalid_transition'
  | 'auth.throttled'
  | 'auth.invalid_credentials'
  | 'config.invalid'
  | 'storage.unavailable'
  | 'server.busy'
  | 'import.unreadable'
  | 'import.no_table'
  | 'import.too_large'
  | 'calendar.unknown_year'
  | 'calendar.notice_unparsed'
  | 'time_limit.unparsed';

/** One problem with one field, shown next to that field in a form. */
export interface FieldIssue {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '您没有执行此操作的权限') {
    super('forbidden', message);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, issues: readonly FieldIssue[] = []) {
    super('validation.failed', message, issues);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
