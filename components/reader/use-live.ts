import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../storage/library';

/** The state of a live database query: loading, its latest value, or the error it failed with. */
export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: string };

/**
 * Runs a library query and runs it again whenever what it read changes. `deps` are what the
 * query depends on besides the database.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    setLive({ state: 'loading' });
    return watchQuery(
      query,
      (value) => setLive({ state: 'ready', value }),
      (error: unknown) => setLive({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, deps);
  return live;
}
