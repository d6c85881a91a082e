import { CLAIM_COMPONENTS, isClaimComponent } from '../../markdown/components.ts';
import { suggestion } from '../did-you-mean.ts';
import { claimBodyRule, isJsxElement, type BodyFinding } from './claim-body.ts';

/**
 * The props of an allowed component: only the ones it takes, exactly one of them, each with a value, and no
 * content between its tags. Whether the id names a metric or claim is `unknown-metric` and `unknown-claim`;
 * a prop written as code is `mdx-expression`.
 */
export const mdxProp = claimBodyRule({
  id: 'mdx-prop',
  formats: ['mdx'],
  check(node) {
    if (!isJsxElement(node) || !isClaimComponent(node.name)) return [];
    const name = node.name;
    const props: readonly string[] = CLAIM_COMPONENTS[name];
    const usage = props.map((prop) => `${prop}="…"`).join(' or ');
    const findings: BodyFinding[] = [];
    let given = 0;
    let spread = false;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        spread = true;
        continue;
      }
      const at = attribute.position?.start ?? node.position?.start;
      if (!props.includes(attribute.name)) {
        findings.push({
          at,
          message: `Unknown prop "${attribute.name}" on <${name}>${suggestion(attribute.name, props)}`,
          hint: `<${name}> takes ${usage}`,
        });
        continue;
      }
      given++;
      if (attribute.value === null || attribute.value === undefined) {
        findings.push({
          at,
          message: `Prop "${attribute.name}" on <${name}> has no value`,
          hint: `Write it with an id in quotes: ${attribute.name}="…"`,
        });
      }
    }
    if (given === 0 && !spread) {
      findings.push({ at: node.position?.start, message: `<${name}> needs ${usage}`, hint: `Add ${usage}` });
    }
    if (given > 1) {
      findings.push({
        at: node.position?.start,
        message: `<${name}> takes one of ${props.join(', ')}, not ${given}`,
        hint: `Keep one: <${name}> draws one chart; use one <${name}> per chart`,
      });
    }
    if (node.children.length > 0) {
      findings.push({
        at: node.position?.start,
        message: `<${name}> takes no content between its tags`,
        hint: `Close it at once, <${name} … />, and write the text after it`,
      });
    }
    return findings;
  },
});
