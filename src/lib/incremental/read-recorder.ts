// What a page really reads from the checked site, recorded while it renders, to check the dependencies that
// incremental builds keep pages by (page-digests.ts): a build under CLAIMLINE_RECORD_READS gives every page a
// recording copy of the site (src/data/site.ts), and a test compares what each page read with what its digest
// covers. Only lookups by id are entries; reading a whole list (every claim, to find those of a source) is
// noted as such, since the dependencies that come of it are worked out afresh by every build.
import type { Site } from '../model/types.ts';
import type { DependencyKey } from './page-digests.ts';

/** An entry read by id, or a whole list read. */
export type ReadKey = DependencyKey | `list:${'claims' | 'sources' | 'figures' | 'metrics'}`;

type IdMap = 'figureById' | 'metricById' | 'sourceById' | 'claimBySlug';
const ENTRY_OF: Readonly<Record<IdMap, DependencyKey extends `${infer Kind}:${string}` ? Kind : never>> = {
  figureById: 'figure',
  metricById: 'metric',
  sourceById: 'source',
  claimBySlug: 'claim',
};
const LIST_OF: Readonly<Record<IdMap, ReadKey>> = {
  figureById: 'list:figures',
  metricById: 'list:metrics',
  sourceById: 'list:sources',
  claimBySlug: 'list:claims',
};
const LISTS = new Set(['claims', 'sources', 'figures', 'metrics']);

/**
 * The site as a page sees it while its reads are recorded into `reads`: the same values, read through maps and
 * lists that note each lookup. A new copy per page, so that caches kept per site object start empty for each
 * page and every read of the page is seen.
 */
export function recordingSite(site: Site, reads: Set<ReadKey>): Site {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(site, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string') return value;
      let result = wrapped.get(property);
      if (result !== undefined) return result;
      if (property in ENTRY_OF) {
        const kind = ENTRY_OF[property as IdMap];
        const list = LIST_OF[property as IdMap];
        result = recordingMap(
          value as ReadonlyMap<string, unknown>,
          (key) => reads.add(`${kind}:${key}`),
          () => reads.add(list),
        );
      } else if (property === 'figuresByMetric') {
        result = recordingMap(
          value as ReadonlyMap<string, readonly { id: string }[]>,
          (key, found) => {
            reads.add(`metric:${key}`);
            for (const figure of (found as readonly { id: string }[] | undefined) ?? [])
              reads.add(`figure:${figure.id}`);
          },
          () => reads.add('list:figures'),
        );
      } else if (property === 'claimsByFigure') {
        result = recordingMap(
          value as ReadonlyMap<string, readonly { slug: string }[]>,
          (key, found) => {
            reads.add(`figure:${key}`);
            for (const claim of (found as readonly { slug: string }[] | undefined) ?? [])
              reads.add(`claim:${claim.slug}`);
          },
          () => reads.add('list:claims'),
        );
      } else if (LISTS.has(property)) {
        reads.add(`list:${property as 'claims'}`);
        result = value;
      } else {
        return value;
      }
      wrapped.set(property, result);
      return result;
    },
  });
}

/** A read-only map that calls `read` with each key looked up and what it found, and `readAll` when walked whole. */
function recordingMap<V>(
  map: ReadonlyMap<string, V>,
  read: (key: string, found: V | undefined) => void,
  readAll: () => void,
): ReadonlyMap<string, V> {
  const all = <T>(result: T): T => {
    readAll();
    return result;
  };
  return {
    get(key) {
      const found = map.get(key);
      read(key, found);
      return found;
    },
    has(key) {
      read(key, map.get(key));
      return map.has(key);
    },
    get size() {
      return map.size;
    },
    forEach: (callback) => all(map.forEach(callback)),
    entries: () => all(map.entries()),
    keys: () => all(map.keys()),
    values: () => all(map.values()),
    [Symbol.iterator]: () => all(map[Symbol.iterator]()),
  } as ReadonlyMap<string, V>;
}
