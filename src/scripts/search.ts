// Loads Pagefind's own search UI from the index the build wrote to /pagefind/ (under the base path).
interface PagefindUIConstructor {
  new (options: {
    element: string;
    bundlePath: string;
    showSubResults: boolean;
    showImages: boolean;
    resetStyles: boolean;
  }): { triggerSearch(term: string): void };
}

/** What the search page calls of Pagefind's own module (pagefind.js, which its UI imports too). */
interface PagefindModule {
  filters(): Promise<unknown>;
}

export function startSearch(root: Document): void {
  const mount = root.querySelector<HTMLElement>('[data-pagefind-ui]');
  const bundle = mount?.dataset.bundle;
  if (!mount || !bundle) return;
  const style = root.createElement('link');
  style.rel = 'stylesheet';
  style.href = `${bundle}pagefind-ui.css`;
  root.head.append(style);
  const script = root.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.addEventListener('load', () => {
    const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
    if (!PagefindUI) return;
    root.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
    // No images: the pages name none, and their empty gutter squeezed the results on phones.
    const ui = new PagefindUI({
      element: '#search',
      bundlePath: bundle,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
    });
    const query = new URLSearchParams(window.location.search).get('q');
    const input = mount.querySelector<HTMLInputElement>('input');
    // Pagefind names its field by a title only; name it by a visible text of the page instead (axe's
    // label-title-only): the element the mount's data-labelledby names.
    const label = mount.dataset['labelledby'];
    if (input && label) input.setAttribute('aria-labelledby', label);
    // Pagefind's UI offers the filters its first search counts, and a search counts only the filter files
    // already loaded: on a busy phone the first results came before some of them, and the reader was offered
    // one filter of five for good. So the filters load first (the same module the UI imports, so the same
    // loaded files), then the query from the address runs, through Pagefind's own API.
    void import(/* @vite-ignore */ `${bundle}pagefind.js`)
      .then((pagefind: PagefindModule) => pagefind.filters())
      .catch(() => undefined)
      .then(() => {
        if (query) ui.triggerSearch(query);
      });
  });
  root.head.append(script);
}
