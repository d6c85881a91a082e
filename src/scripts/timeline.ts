// Optional enhancement of server-rendered timelines: one tab stop per chart, arrow keys move between marks,
// and the focused or hovered mark's description shows in a tooltip. The chart is complete without it.
export function enhanceTimelines(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(figure);
}

function enhance(figure: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'timeline-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  figure.append(tip);
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.timeline-svg')];
  for (const svg of svgs) {
    const marks = [...svg.querySelectorAll<SVGGElement>('g.mark')];
    marks.forEach((mark, index) => {
      const label = mark.querySelector('title')?.textContent;
      if (!label) return; // The compact chart has no titles: phones have nothing to hover with.
      mark.setAttribute('tabindex', index === 0 ? '0' : '-1');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', label);
      const show = () => {
        tip.textContent = mark.querySelector('title')?.textContent ?? '';
        const box = mark.getBoundingClientRect();
        const frame = figure.getBoundingClientRect();
        tip.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - 240))}px`;
        tip.style.top = `${box.bottom - frame.top + 6}px`;
        tip.hidden = false;
      };
      mark.addEventListener('focus', show);
      mark.addEventListener('mouseenter', show);
      mark.addEventListener('blur', () => (tip.hidden = true));
      mark.addEventListener('mouseleave', () => (tip.hidden = true));
      mark.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        const next = step === undefined ? undefined : marks[index + step];
        if (!next) return;
        event.preventDefault();
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
  }
}
