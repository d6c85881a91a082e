/** A value made on first use and kept: a view computes each of its parts only if a page or file asks for it. */
export function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
