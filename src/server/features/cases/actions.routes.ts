import type { App, AppDeps } from '../../platform/deps.js';
import { monthGrid, saveMonth } from './actions.service.js';
import { MonthActionsInput, MonthGridOut, MonthQuery, MonthSaved } from '../../../common/features/cases.contract.js';
import { ctxOf } from './access.js';

/** Quick action entry: a month x measures grid, saved in one request. */
export async function actionsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/measure-actions/month',
    { config: { policy: 'cases.write' }, schema: { querystring: MonthQuery, response: { 200: MonthGridOut } } },
    (req) => monthGrid(deps, ctxOf(req), req.query),
  );
  app.put(
    '/measure-actions/month',
    { config: { policy: 'cases.write' }, schema: { body: MonthActionsInput, response: { 200: MonthSaved } } },
    (req) => saveMonth(deps, ctxOf(req), req.body),
  );
}
