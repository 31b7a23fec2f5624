/**
 * The last line of defence for `gongkai serve`: a promise rejected outside any request's error
 * handling is logged and the site keeps serving (Node's default is to exit, and nothing restarts it).
 * Request errors themselves never get here: Fastify's error handler turns them into the 500 page.
 */
export interface ErrorLog {
  error(details: { err: unknown }, message: string): void;
}

let installed = false;

/** Install once per process; the request log (when on) gets the details, standard error one line. */
export function keepServingOnUnhandledRejection(log: ErrorLog, stderr: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled rejection; still serving');
    stderr(`内部错误（网站继续运行）：${reason instanceof Error ? reason.message : String(reason)}`);
  });
}
