declare module 'virtual:claimline/context' {
  /**
   * Path of the checked content's snapshot that the claimline integration wrote for this build or dev server
   * (src/integration/content-snapshot.ts); null when the pages run without it.
   */
  export const contentSnapshot: string | null;
}
