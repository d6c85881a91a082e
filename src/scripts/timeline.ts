// Optional enhancement of server-rendered timelines: one tab stop per chart, arrow keys move between marks,
// and the focused or hovered mark's description shows in a tooltip. The chart is complete without it.
//
// Each figure's sentence is in the chart's description (aria-describedby), one <span> per mark in the order of
// the marks (src/lib/chart/timeline-svg.ts): the n-th span describes the n-th mark of the wide chart.
export function enhanceTimelines(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(root, figure);
}

function enhance(root: Document, figure: HTMLElement): void {
  // The phone-sized chart is left as it is: there is nothing to hover with, and the marks are too close to tap.
  const svg = figure.querySelector<SVGSVGElement>('svg.timeline-svg--wide');
  const description = root.getElementById(svg?.getAttribute('aria-describedby') ?? '');
  if (!svg || !description) return;
  const sentences = [...description.querySelectorAll('span')].map((span) => span.textContent ?? '');
  const marks = [...svg.querySelectorAll<SVGGElement>('g.mark')];
  if (marks.length !== sentences.length) return; // Not the markup this script was written for: leave it alone.
  const tip = document.createElement('div');
  tip.className = 'timeline-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  figure.append(tip);
  marks.forEach((mark, index) => {
    const label = sentences[index] ?? '';
    mark.setAttribute('tabindex', index === 0 ? '0' : '-1');
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', label);
    const show = () => {
      tip.textContent = label;
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
