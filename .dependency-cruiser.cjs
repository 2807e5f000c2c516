// Dependency rules, checked in CI by `npm run deps` (dependency-cruiser).
// Paths are relative to the repo root; `to.path` is the resolved target: a repo file (shared/domain/bsn.ts),
// a package file (node_modules/zod/...), a Node builtin (bare name: node:crypto resolves to crypto), or the bare specifier when it cannot be resolved.

// A use case: any file in functions/<step>/ except the Lambda wiring (handler.ts) and its message schema (schema.ts).
const USE_CASE = '^functions/([^/]+)/';
const NOT_USE_CASE = '^functions/[^/]+/(handler|schema)\\.ts$';

// SDK packages that the core (domain + use cases) must never see.
// Matches both a resolved package file (node_modules/<pkg>/...) and an unresolved bare specifier (<pkg>).
const SDK_PACKAGES = '(^|/)(node_modules/)?(@aws-sdk/|better-sqlite3(-multiple-ciphers)?(/|$)|@?tesseract[^/]*(/|$)|@middy/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment:
        'shared/domain/ is pure: it imports only other shared/domain/ files, node:crypto, and the packages zod, date-holidays, @date-fns/tz, date-fns and eld (language detection: n-gram tables, no I/O).',
      from: { path: '^shared/domain/' },
      to: {
        pathNot: ['^shared/domain/', '^(node:)?crypto$', '(^|/)(node_modules/)?(zod|date-holidays|@date-fns/tz|date-fns|eld)(/|$)'],
      },
    },
    {
      name: 'use-cases-import-domain-and-ports-only',
      severity: 'error',
      comment:
        'A use case (functions/<step>/*.ts other than handler.ts and schema.ts) imports only shared/domain/, shared/ports.ts, files in its own step folder, ' +
        'Node builtins and npm packages other than @aws-sdk/*, better-sqlite3, tesseract.js*, @middy/*, hono and @hono/*. It never imports another step.',
      from: { path: USE_CASE, pathNot: NOT_USE_CASE },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: [
          '^shared/domain/',
          '^shared/ports\\.ts$',
          '^functions/$1/',
          // Any package file except the runtime ones.
          '(^|/)node_modules/(?!@aws-sdk/|better-sqlite3(-multiple-ciphers)?/|@?tesseract[^/]*/|@middy/|hono/|@hono/)',
        ],
      },
    },
    {
      name: 'no-sdk-in-core',
      severity: 'error',
      comment:
        'shared/domain/ and the use cases in functions/<step>/ never import @aws-sdk/*, better-sqlite3, tesseract* or @middy/*: those belong in adapters and handlers.',
      from: { path: ['^shared/domain/', USE_CASE], pathNot: NOT_USE_CASE },
      to: { path: SDK_PACKAGES },
    },
    {
      name: 'shared-not-into-runtimes',
      severity: 'error',
      comment: 'shared/ is used by the runtimes (functions/, local/, infra/) and never imports them.',
      from: { path: '^shared/' },
      to: { path: '^(functions|local|infra)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles (type-only imports count).',
      from: { path: '^(shared|functions|local|infra|scripts|bin)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves; an unresolved import would slip past the path-based rules above.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // node_modules is never cruised, but imports of packages are kept (so the package rules can see them):
    // putting node_modules in `exclude` would drop those dependencies and make the package rules pass silently.
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^test/|(^|/)cdk\\.out/' },
    // Type-only imports count: cruise the TypeScript source before the compiler drops them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
