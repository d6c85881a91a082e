// The embed pages' one script, inlined into each embed page with its CSP hash (src/integration/embed-script.ts),
// so it runs in a sandboxed iframe too, whose opaque origin may not fetch our module scripts: the host's choice of
// theme and layout, the chart's keyboard and tooltips, then the height messages the framing page sizes it by.
import { reportHeight } from './embed-height.ts';
import { applyEmbedOptions } from './embed-options.ts';
import { enhanceTimelines } from './timeline.ts';

applyEmbedOptions(window);
enhanceTimelines(document);
reportHeight(window);
