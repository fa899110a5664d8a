/**
 * Databases for one test file, each under a name of its own (fake-indexeddb), deleted after
 * each test. Call at the top of the file: it registers the `afterEach` that deletes them.
 */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { ClausemarkDb } from '../../storage/db';

export function freshDatabases(prefix: string): { create(): ClausemarkDb; open(): Promise<ClausemarkDb> } {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  const create = () => {
    const name = `${prefix}-${Math.random()}`;
    names.push(name);
    return new ClausemarkDb(name);
  };
  return {
    /** A database not opened yet (to watch its traffic from the start). */
    create,
    async open() {
      const db = create();
      await db.open();
      return db;
    },
  };
}
