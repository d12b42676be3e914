// @llmtop/tui: the dashboard, for programs that want to open it themselves.
export { type DashboardOptions, runDashboard } from './dashboard/run-dashboard.js';
