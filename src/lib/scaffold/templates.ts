export const SCAFFOLD_KINDS = ['claim', 'source', 'metric'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface Scaffold {
  /** Folder inside the content folder. */
  readonly folder: string;
  readonly extension: string;
  readonly text: string;
}

/**
 * A new content file with every field of its schema and a comment on each. Optional fields are written as
 * comments so the file passes the checker once the required ones are filled in.
 */
export function scaffold(kind: ScaffoldKind, { id, today }: { id: string; today: string }): Scaffold {
  switch (kind) {
    case 'metric':
      return {
        folder: 'metrics',
        extension: '.yaml',
        text: `# metrics/${id}.yaml: what a figure counts. The file name is the metric id.
label: "" # what is counted, as a heading: "Russian military personnel killed"
unit: "" # unit of every value, plural: "people", "people per day", "percent"
definition: "" # what is and is not counted, so only like is compared with like
cumulative: false # true for a running total: later values cannot be lower
# since: "2022-02-24" # EDTF start of the count
# window: 7 # days two figures may be apart and still count as the same date
# partOf: [] # metric ids this one is a part of (killed is part of all losses)
`,
      };
    case 'source':
      return {
        folder: 'sources',
        extension: '.md',
        text: `---
# sources/${id}.md: one archived document. Record only what the text shows.
title: "" # the headline as the text shows it
# untitled: true # the text has no headline; the title is your description
# publisher: "" # the outlet, only if the text names it
# author: "" # the byline, only if the text shows it
# published: "2022-03-25" # EDTF date; leave out when unknown
# dateNote: "" # how the date was inferred, whenever the text does not state it
# url: "https://" # where it was published (http or https)
# archived: "https://" # an archived copy (http or https)
# note: "" # provenance, what cannot be verified
# lang: "" # the language of the text below, when it is not the site's (BCP 47: ru, uk, fr)
figures:
  - id: ${id}-figure-1 # unique across the content folder
    metric: "" # a metric id from metrics/
    value: 0 # best estimate; or use low/high: "more than 7,000" is low: 7000, "up to 40,000" is high: 40000
    # low: 0
    # high: 0
    approx: false # true for "roughly", "about", "almost", "nearly"
    asOf: "" # EDTF date the figure stands as of: 2022-03-25, 2022-03, 2023, 2025-03/2025-04, 2023?
    # dateNote: "" # how the date was inferred
    by: "" # who made the estimate
    quote: "" # the exact words of the text below that state the figure
    # note: "" # how you read the figure from the text
---
Paste the archived text here, exactly as published.
`,
      };
    case 'claim':
      return {
        folder: 'claims',
        extension: '.md',
        text: `---
# claims/${id}.md: one fact-check. The file name is its URL slug; rename it .mdx to use <Timeline>.
title: "" # headline of the fact-check
claim: "" # the claim as reviewed, short
claimant: "" # who made the claim
# claimantType: person # person or organization (default)
claimDate: "" # EDTF date the claim was made
# dateNote: "" # how the claim date was inferred
appearance: "" # id of the source where the claim appeared
figure: "" # id of the figure the claim asserts (or remove and use compare only)
# compare: [] # figure ids weighed against it; default: every other figure of the same metric
#   - figure-id
#   - { figure: figure-id, stance: context } # corroborates | contradicts | context
verdict: "" # a rating id from site.yaml
summary: "" # the conclusion in one paragraph
published: "${today}" # EDTF date of publication
# updated: "${today}" # date of the last substantive update
# author: "" # who wrote the fact-check
# corrections: [] # dated corrections, oldest first
#   - { date: "${today}", text: "What changed and why." }
# tags: [] # topics, any text
# lang: fr # the language of this fact-check, one of site.yaml's languages (default: its language)
# translationOf: "" # slug of the claim this one translates: same verdict, figures and compare
# draft: true # shown by npm run dev and preview builds only; remove to publish
# reviewer: "" # who checked the fact-check before publication
# claimantUrl: "" # http(s) page of the claimant
---
Your reasoning: what the claim says, which figures you weighed, and why the verdict follows.
`,
      };
  }
}
