/**
 * Which estimate each figure reports, from the figures' `sameAs`: the id at the end of its chain (the first report
 * of the estimate; a figure's own id when it has no sameAs), and the figures whose chain comes back on itself. Each
 * figure is visited once, so a chain of thousands costs no more than thousands of single figures.
 */
export function resolveEstimates(sameAsOf: ReadonlyMap<string, string | undefined>): {
  readonly estimateOf: ReadonlyMap<string, string>;
  /** Figures on a loop of sameAs (a → b → a); the checker refuses them. */
  readonly inLoop: ReadonlySet<string>;
} {
  const estimateOf = new Map<string, string>();
  const inLoop = new Set<string>();
  for (const start of sameAsOf.keys()) {
    if (estimateOf.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start;
    let root: string | undefined;
    while (current !== undefined) {
      const known = estimateOf.get(current);
      if (known !== undefined) {
        root = known;
        break;
      }
      if (onPath.has(current)) {
        // A loop: its members are marked, and each resolves to the first of them met on this walk.
        for (const id of path.slice(path.indexOf(current))) inLoop.add(id);
        root = current;
        break;
      }
      path.push(current);
      onPath.add(current);
      const next = sameAsOf.get(current);
      if (next === undefined || !sameAsOf.has(next)) {
        root = current;
        break;
      }
      current = next;
    }
    for (const id of path) estimateOf.set(id, root ?? id);
  }
  return { estimateOf, inLoop };
}
