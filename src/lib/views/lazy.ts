/**
 * An object whose every property is made on first use and kept: a view computes each of its parts only if a page
 * or file asks for it. Each maker gets the object itself, so one part can be made from another.
 */
export function lazy<T extends object>(makers: { readonly [K in keyof T]: (self: T) => T[K] }): T {
  const self = {} as T;
  for (const key of Object.keys(makers) as Array<keyof T>) {
    Object.defineProperty(self, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key](self);
        Object.defineProperty(self, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return self;
}
