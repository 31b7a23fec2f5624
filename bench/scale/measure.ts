/**
 * One measured load with autocannon (as a library): a fixed number of connections for a fixed
 * time, every answer's status and latency recorded from autocannon's `response` events, so
 * p50/p95 are exact over all answers (autocannon's own table has no p95).
 */
// @ts-expect-error -- autocannon ships no type declarations
import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** A fresh body for every request (POST), e.g. a unique title. */
  body?: () => string;
}

export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  answers: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  /** Connection errors and time-outs. */
  errors: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function measure(baseUrl: string, request: LoadRequest, options: { seconds: number; connections: number }): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const tracker = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: 20,
    requests: [{
      method: request.method,
      path: request.path,
      headers: request.headers ?? {},
      ...(request.body ? { setupRequest: (req: object) => ({ ...req, body: request.body!() }) } : {}),
    }],
  });
  tracker.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
  });
  const result = (await tracker) as AutocannonResult;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    answers: latencies.length,
    statuses,
    errors: result.errors,
  };
}
