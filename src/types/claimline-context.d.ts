declare module 'virtual:claimline/context' {
  /**
   * Path of the checked content's snapshot that the claimline integration wrote for this build or dev server
   * (src/integration/content-snapshot.ts); null when the pages run without it.
   */
  export const contentSnapshot: string | null;
}

declare module 'virtual:claimline/embed-script' {
  /** The embed pages' script, bundled into one inline script (src/integration/embed-script.ts). */
  export const code: string;
  /** Its Content-Security-Policy hash source, `sha256-…`. */
  export const hash: `sha256-${string}`;
}
