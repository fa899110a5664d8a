/**
 * Watches what a database does, per table, for tests that care how much is read and written:
 * how many records were written, and how many requests read a whole table.
 */
import type Dexie from 'dexie';
import type { DBCoreKeyRange } from 'dexie';

/** Counts per table name. */
export interface Traffic {
  /** Records added or put. */
  writes: Record<string, number>;
  /** Requests over every record of the table (no key range): the reads that grow with the table. */
  scans: Record<string, number>;
}

// DBCoreRangeType.Any: a const enum, which a test transpiled file by file cannot import.
const ANY_RANGE = 3;

/** Starts counting; call before the database is opened. */
export function watchTraffic(db: Dexie): Traffic {
  const traffic: Traffic = { writes: {}, scans: {} };
  const add = (counts: Record<string, number>, table: string, n: number) => {
    counts[table] = (counts[table] ?? 0) + n;
  };
  const scanned = (table: string, range: DBCoreKeyRange) => {
    if (range.type === ANY_RANGE) add(traffic.scans, table, 1);
  };
  db.use({
    stack: 'dbcore',
    name: 'traffic',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'add' || req.type === 'put') add(traffic.writes, name, req.values.length);
            return table.mutate(req);
          },
          query: (req) => {
            scanned(name, req.query.range);
            return table.query(req);
          },
          openCursor: (req) => {
            scanned(name, req.query.range);
            return table.openCursor(req);
          },
        };
      },
    }),
  });
  return traffic;
}
