// Optional enhancement of server-rendered timelines, at every width: the chart becomes one tab stop; the arrow
// keys move between its marks in date order (Home and End to the first and last), a ring shows the current
// mark and its sentence is announced once, through the chart's live region, and shown in a tooltip; hovering a
// mark shows its sentence too. The chart is complete without it: an image described in words, and the table.
//
// Each figure's sentence is in the chart's description (aria-describedby), one <span data-figure> per figure
// (src/lib/chart/timeline-svg.ts): a mark's sentence is the span of its figure, in either size.
const SVG = 'http://www.w3.org/2000/svg';

export function enhanceTimelines(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(root, figure);
}

function enhance(root: Document, figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('.timeline-canvas');
  const live = figure.querySelector<HTMLElement>('[data-timeline-live]');
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.timeline-svg')];
  const description = root.getElementById(svgs[0]?.getAttribute('aria-describedby') ?? '');
  if (!canvas || !live || !description || svgs.length === 0) return;
  const sentences = new Map(
    [...description.querySelectorAll('span[data-figure]')].map((span) => [
      span.getAttribute('data-figure') ?? '',
      span.textContent ?? '',
    ]),
  );
  const sentenceOf = (mark: Element) => sentences.get(mark.getAttribute('data-figure') ?? '') ?? '';
  if (sentences.size === 0) return;

  const tip = document.createElement('div');
  tip.className = 'timeline-tip';
  // The tooltip is for the eye; the live region speaks, once per move.
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  figure.append(tip);

  const rtl = getComputedStyle(canvas).direction === 'rtl';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  const keys = figure.querySelector('[data-timeline-keys]');
  if (keys?.id) canvas.setAttribute('aria-describedby', keys.id);
  const title = figure.querySelector('figcaption');
  if (title?.id) canvas.setAttribute('aria-labelledby', title.id);

  /** The size on screen, and its marks in date order (left to right, or right to left; top to bottom within a date). */
  const visible = () => {
    const svg = svgs.find((candidate) => candidate.getBoundingClientRect().width > 0) ?? svgs[0];
    const marks = [...(svg?.querySelectorAll<SVGGElement>('g.mark') ?? [])].map((mark) => ({
      mark,
      sentence: sentenceOf(mark),
      box: mark.getBBox(),
    }));
    // Right to left (an Arabic or Hebrew site), time runs from right to left.
    const sign = rtl ? -1 : 1;
    marks.sort((a, b) => sign * (a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2)) || a.box.y - b.box.y);
    return { svg, marks };
  };

  let current = -1;
  let ring: SVGRectElement | undefined;
  const show = (svg: SVGSVGElement, entry: { mark: SVGGElement; sentence: string; box: DOMRect }) => {
    ring?.remove();
    ring = document.createElementNS(SVG, 'rect');
    ring.setAttribute('class', 'timeline-focus');
    const pad = 4;
    ring.setAttribute('x', String(entry.box.x - pad));
    ring.setAttribute('y', String(entry.box.y - pad));
    ring.setAttribute('width', String(entry.box.width + 2 * pad));
    ring.setAttribute('height', String(entry.box.height + 2 * pad));
    ring.setAttribute('rx', '4');
    svg.append(ring);
    tip.textContent = entry.sentence;
    const mark = entry.mark.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(mark.left - frame.left, frame.width - 240))}px`;
    tip.style.top = `${mark.bottom - frame.top + 6}px`;
    tip.hidden = false;
  };
  const hide = () => {
    ring?.remove();
    ring = undefined;
    tip.hidden = true;
  };
  const move = (to: number) => {
    const { svg, marks } = visible();
    const entry = marks[Math.max(0, Math.min(marks.length - 1, to))];
    if (!svg || !entry) return;
    current = marks.indexOf(entry);
    show(svg, entry);
    live.textContent = entry.sentence;
  };

  canvas.addEventListener('keydown', (event) => {
    const last = visible().marks.length - 1;
    // The arrow pointing the way time runs goes to the next mark.
    const to = {
      ArrowRight: rtl ? current - 1 : current + 1,
      ArrowDown: current + 1,
      ArrowLeft: rtl ? current + 1 : current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (event.key === 'Escape') hide();
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  });
  canvas.addEventListener('blur', () => {
    hide();
    current = -1;
  });
  for (const svg of svgs) {
    svg.querySelectorAll<SVGGElement>('g.mark').forEach((mark) => {
      mark.addEventListener('mouseenter', () => {
        const entry = { mark, sentence: sentenceOf(mark), box: mark.getBBox() };
        show(svg, entry);
      });
      mark.addEventListener('mouseleave', () => {
        if (document.activeElement !== canvas) hide();
      });
    });
  }
}
