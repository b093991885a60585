/**
 * GET /export/graph.json, /export/nodes.csv, /export/relationships.csv, /export/graph.graphml and
 * /export/popolo.json, each with the selection as query parameters (see selection.ts). The selection is
 * resolved before the first byte, so a bad parameter (400) or an unavailable database (503) is a proper JSON
 * error; after that the body streams, and a failure mid-way aborts the response rather than ending it as if
 * the file were complete.
 */
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Executor } from '../db/executor.js';
import { AppError, unavailable } from '../errors.js';
import { type Output, outputs } from './export.js';
import { resolveScope } from './scope.js';
import { parseSelection } from './selection.js';
import { WritableSink } from './sink.js';

const statusOf: Partial<Record<AppError['code'], number>> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAVAILABLE: 503 };

function sendError(res: Response, log: Logger, error: unknown): void {
  const requestId = String(res.locals.requestId ?? '');
  if (error instanceof AppError && statusOf[error.code]) {
    res.status(statusOf[error.code] ?? 500).json({ code: error.code, message: error.message });
    return;
  }
  log.error({ err: error, requestId }, 'export failed');
  res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId });
}

function route(output: Output, deps: { executor: Executor; log: Logger }) {
  return async (req: Request, res: Response) => {
    let scope: Awaited<ReturnType<typeof resolveScope>>;
    try {
      const selection = parseSelection(req.query);
      // The whole graph resolves without a query; ask once so an absent database is a 503, not a cut-off body.
      if (!(await deps.executor.ping())) throw unavailable();
      scope = await resolveScope(deps.executor, selection);
    } catch (error) {
      sendError(res, deps.log, error);
      return;
    }
    res.status(200);
    res.setHeader('content-type', output.contentType);
    res.setHeader('content-disposition', `attachment; filename="${output.file}"`);
    try {
      await output.write(deps.executor, scope, new WritableSink(res));
      res.end();
    } catch (error) {
      // A client that hangs up mid-download is not a server fault.
      const level = res.destroyed ? 'info' : 'error';
      deps.log[level]({ err: error, requestId: res.locals.requestId }, 'export stopped while streaming; response aborted');
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

export function exportRouter(deps: { executor: Executor; log: Logger }): Router {
  const router = Router();
  for (const output of Object.values(outputs)) router.get(`/${output.file}`, route(output, deps));
  return router;
}
