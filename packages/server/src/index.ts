// The public API of @s11kit/server: the collector's HTTP application, its database and the
// administration that the `s11 admin` commands run.
export { buildCollector, CSP_DIRECTIVES, type CollectorOptions } from './http/app.js';
export { DEFAULT_LIMITS, type Limits } from './http/context.js';
export { openDatabase, type Database, type DatabaseOptions, type Queryable } from './db/database.js';
export { DataDirBusyError } from './db/data-dir-lock.js';
export { migrate, readMigrations, type Migration } from './db/migrate.js';
export { digestReturn, type ReturnDigest, type DigestAgency } from './digest/digest.js';
export { aggregateDigests, type DigestAggregateOptions } from './digest/aggregate-digests.js';
export { IDENTIFIER_SCHEMES, type IdentifierScheme, type AgencyIdentifier, type Role } from './store/rows.js';
export { startCollector, type RunningCollector, type ServeOptions } from './serve.js';
