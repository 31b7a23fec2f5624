import { chinaDateOf, type Clock } from '../domain/shared/clock.ts';

/** The real clock; only the edges (web server, CLI) create it. */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => chinaDateOf(new Date().toISOString()),
};
