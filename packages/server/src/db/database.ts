/** A place SQL runs: the database itself, or one transaction. PGlite and `pg` both fit it. */
export interface Queryable {
  /** One statement with `$1`-style parameters. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Several statements without parameters (a migration). */
  exec(text: string): Promise<void>;
}

/** What the collector stores its data in. */
export interface Database extends Queryable {
  /** `pglite` (embedded, a data folder) or `postgres` (`DATABASE_URL`). */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for messages: the folder, or the URL without its password. */
  readonly where: string;
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Which database to open: a PGlite data folder (the default) or a PostgreSQL URL. */
export type DatabaseOptions = { readonly dataDir: string } | { readonly url: string };

/** Open a database; PostgreSQL when a URL is given, PGlite in the data folder otherwise. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
