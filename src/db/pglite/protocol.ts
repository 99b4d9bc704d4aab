// Messages between the main thread (thread-client.ts) and the thread that owns PGlite (worker.ts).

export type ThreadStart = { readonly dataDir: string; readonly migrationsFolder: string };

export type ThreadRequest =
  | {
      readonly id: number;
      readonly kind: 'query';
      readonly sql: string;
      readonly params: readonly unknown[];
      readonly rowMode: 'array' | 'object';
      /** Type OIDs to hand back as PostgreSQL's text (drizzle's pass-through parsers). */
      readonly asText: readonly number[];
      /** Part of a transaction: refused unless one is open (its BEGIN is sent ahead, unanswered). */
      readonly inTransaction?: boolean;
    }
  | { readonly id: number; readonly kind: 'exec'; readonly sql: string; readonly inTransaction?: boolean }
  | { readonly id: number; readonly kind: 'close' };

export type ThreadResults = {
  readonly rows: unknown[];
  readonly fields: { name: string; dataTypeID: number }[];
  readonly affectedRows?: number;
  readonly command?: string;
};

/** A database error's fields (SQLSTATE code, detail, constraint...), which structured clone would drop. */
export type ThreadError = { readonly message: string; readonly fields: Record<string, unknown> };

export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly results: ThreadResults[] }
  | { readonly id: number; readonly ok: false; readonly error: ThreadError };

/** The first message: the database is open and migrated, or why not. */
export type ThreadReady = { readonly ready: true } | { readonly ready: false; readonly error: ThreadError };
