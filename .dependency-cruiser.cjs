/**
 * The dependency rules of the server code (`npm run lint:deps`, part of `npm test`):
 * - no import cycles anywhere in src/ (type-only imports count too);
 * - src/core is the engine: it imports no capability;
 * - a capability reaches another capability only through that capability's index.ts;
 * - the app shell (src/*.ts) too: it lists the modules, it does not reach into them;
 * - migrations are frozen history: they import no application code but the script runner;
 * - pure rule files do no I/O: no database, no context, no notifications.
 * Tests, the benchmark and scripts live outside src/ and are not cruised: they may reach into
 * any module to set up or measure it.
 */
/** Pure rule logic, free of I/O (add a new pure rule file here). */
const PURE = [
  '^src/core/calendar/working-time\\.ts$',
  '^src/core/audit/chain\\.ts$',
  '^src/opportunities/(stage-gate|forecast)\\.ts$',
  '^src/collaboration/card-sla\\.ts$',
  '^src/contracts/lifecycle\\.ts$',
  '^src/leads/sla\\.ts$',
  '^src/health/health\\.score\\.ts$',
  '^src/analytics/(contribution|radar)\\.score\\.ts$',
  '^src/authenticity/(minhash|text|calendar-weeks|fingerprint-rows)\\.ts$',
  '^src/chat-archive/(masking|record|consent)\\.ts$',
  '^src/core/duplicates/keys\\.ts$',
  '^src/quotes/(amount-words|quote-rules)\\.ts$',
  '^src/receivables/receivable-math\\.ts$',
  '^src/renewals/renewal-stats\\.ts$',
  '^src/appraisal/appraisal\\.score\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Import cycles make the load order and the layering impossible to follow.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-imports-no-capability',
      comment: 'src/core is the engine (db, auth, clock, calendar, playbook, scheduler, notifications, audit, events, http): it depends on no capability.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'capability-through-index',
      comment: "A capability uses another capability only through that capability's index.ts (its module and the services it offers).",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/core/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/core/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'app-shell-through-index',
      comment: 'The app shell (app.ts, main.ts, modules.ts…) lists modules; it does not reach into them.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/core/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'migrations-are-frozen',
      comment: 'A migration replays the same way forever: it imports no application code (data fixes are time rules).',
      severity: 'error',
      from: { path: '^src/core/db/migrations/' },
      to: { path: '^src/', pathNot: '^src/core/db/run-script\\.ts$' },
    },
    {
      name: 'pure-rules-do-no-io',
      comment: 'Pure rule logic returns decisions; the service around it reads and writes.',
      severity: 'error',
      from: { path: PURE },
      to: {
        path: [
          '^src/core/(db|notifications|scheduler|events)/',
          '^src/core/(context|module)\\.ts$',
          '^src/core/audit/audit\\.ts$',
          'node_modules/(kysely|pg|@electric-sql|fastify|exceljs|nodemailer)/',
        ],
      },
    },
    {
      name: 'pure-rules-no-node-io',
      severity: 'error',
      from: { path: PURE },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|net|http|https|child_process|dgram|dns|tls)(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
