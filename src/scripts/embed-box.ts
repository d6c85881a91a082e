// The Copy button of "Embed this chart": revealed only here, so a page without JavaScript shows no dead button.
// It copies the snippet with the Clipboard API and says so in the box's status region; where the API is missing or
// refused, it selects the code and says how to copy it. What it says is the site's, in the box's `data-copied` and
// `data-selected` (src/components/EmbedBox.astro, from the message catalog).
export function enhanceEmbedBoxes(root: Document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-embed-box]')) enhance(box);
}

function enhance(box: HTMLElement): void {
  // Once per box, however many components on the page ran this script.
  if (box.hasAttribute('data-enhanced')) return;
  box.setAttribute('data-enhanced', '');
  const code = box.querySelector('textarea');
  const button = box.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = box.querySelector<HTMLElement>('[data-embed-status]');
  if (!code || !button || !status) return;
  code.addEventListener('focus', () => code.select());
  button.addEventListener('click', async () => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = box.dataset['copied'] ?? '';
    } catch {
      code.focus();
      code.select();
      status.textContent = box.dataset['selected'] ?? '';
    }
  });
  button.hidden = false;
}
