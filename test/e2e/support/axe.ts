/**
 * axe-core in e2e: injected into a page (Playwright's evaluate goes over CDP, so the extension pages' CSP does
 * not stop it), run on the whole page or one part, and summed up by impact. The panel lives in a closed shadow
 * root that axe cannot enter: `panelCopy` renders a copy of it (same nodes, same stylesheets) in an open shadow
 * root in the page, from the content script's world, and axe checks the copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import type { PanelProbe } from '../harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  byImpact: Record<string, number>;
  /** Serious and critical violations: none may remain. */
  severe: AxeViolation[];
  /** Rules that passed: proof that axe saw the content at all (a shadow root it could not enter passes nothing). */
  passes: number;
}

/** Runs axe on the page or frame (or on the elements matching `include`) with the WCAG 2.1 AA rules and best practices. */
export async function runAxe(page: Page | Frame, include?: string): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
    };
  }, include ?? null);
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact ?? 'none'] = (byImpact[v.impact ?? 'none'] ?? 0) + v.nodes.length;
  return { violations, byImpact, severe: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), passes };
}

/** One line for the log: "popup summary: 0 serious, 0 critical, 2 moderate (region×2)". */
export function axeLine(surface: string, s: AxeSummary): string {
  const ids = s.violations.map((v) => `${v.id}×${v.nodes.length} (${v.impact}) at ${JSON.stringify(v.nodes[0]?.target)}`).join(", ");
  return `axe ${surface} (${s.passes} rules passed): serious ${s.byImpact.serious ?? 0}, critical ${s.byImpact.critical ?? 0}, moderate ${s.byImpact.moderate ?? 0}, minor ${s.byImpact.minor ?? 0}${ids ? ` — ${ids}` : ''}`;
}

/** A copy of the panel's shadow content in an open shadow root on `#policy-lens-axe-copy`, for axe. */
export async function panelCopy(panel: PanelProbe): Promise<string> {
  await panel.evaluate(`
    document.getElementById('policy-lens-axe-copy')?.remove();
    const copyHost = document.createElement('div');
    copyHost.id = 'policy-lens-axe-copy';
    copyHost.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;');
    const copy = copyHost.attachShadow({ mode: 'open' });
    copy.adoptedStyleSheets = [...root.adoptedStyleSheets];
    for (const node of root.childNodes) copy.append(node.cloneNode(true));
    // The copy sits where the original is; hide the original so the two do not overlap for contrast checks.
    document.body.append(copyHost);
    root.host.style.visibility = 'hidden';
    return true;
  `);
  return '#policy-lens-axe-copy';
}

/** Shows the original panel again and removes the copy. */
export async function dropPanelCopy(panel: PanelProbe): Promise<void> {
  await panel.evaluate(`document.getElementById('policy-lens-axe-copy')?.remove(); root.host.style.visibility = ''; return true;`);
}
