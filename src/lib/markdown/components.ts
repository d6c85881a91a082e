/**
 * What a claim body may contain besides Markdown. MDX claims get these components from the claim page
 * (`<Content components={…} />`), so a claim never imports anything; every other JSX element, every
 * import/export and every JavaScript expression is refused by the checker and dropped by the Markdown pipeline.
 */
export const CLAIM_COMPONENTS = {
  /** `<Timeline metric="<metric id>" />` or `<Timeline claim="<claim slug>" />`: exactly one, as plain text. */
  Timeline: ['metric', 'claim'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type ClaimComponent = keyof typeof CLAIM_COMPONENTS;

export function isClaimComponent(name: string | null | undefined): name is ClaimComponent {
  return typeof name === 'string' && Object.hasOwn(CLAIM_COMPONENTS, name);
}

/** How to write the allowed components, for hints. */
export const COMPONENT_USAGE = '<Timeline metric="<metric id>" /> or <Timeline claim="<claim slug>" />';

/** True for an HTML comment and nothing else, the one kind of raw HTML a Markdown claim may hold. */
export function isHtmlComment(html: string): boolean {
  return /^\s*<!--(?:(?!--!?>)[\s\S])*-->\s*$/.test(html);
}
