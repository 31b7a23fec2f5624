import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../../config/config.ts';
import { requestIdOf } from './requestIds.ts';

/** Where log lines go instead of standard output (tests capture them). */
export interface LogDestination {
  write(line: string): void;
}

/**
 * What the log must never hold: session cookies, credentials, and request bodies (passwords,
 * applicants' names, ID numbers and addresses — 《个人信息保护法》第五十一条 requires measures
 * against their leaking). Fastify logs no headers or bodies by default; these paths keep it so
 * for anything a handler logs with the request.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie', 'req.headers.authorization', 'req.body', 'request.body', 'body',
  'headers.cookie', 'headers.authorization', 'res.headers["set-cookie"]', 'password', '*.password',
];

/** Fastify options for JSON logs (pino) with the request id (`reqId`) in every line of a request. */
export function loggingOptions(level: LogLevel | undefined, destination?: LogDestination): Pick<FastifyServerOptions, 'logger' | 'genReqId'> {
  const on = level !== undefined && level !== 'silent';
  return {
    genReqId: requestIdOf,
    logger: on ? { level, redact: { paths: REDACTED_PATHS, censor: '[已隐去]' }, ...(destination ? { stream: destination } : {}) } : false,
  };
}
