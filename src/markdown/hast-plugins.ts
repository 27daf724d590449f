/**
 * Explicit heading ids for MDX pages: `## Titolo {/* #english-anchor *\/}`.
 *
 * MDX cannot parse the usual `{#id}` attribute syntax, so the anchor is written as an MDX
 * comment at the end of the heading. This Sätteri hast plugin moves it to the heading's `id`
 * (Astro's own heading-id plugin keeps an existing id and lists it in the table of contents),
 * so an Italian heading keeps the English anchor.
 */
import type { HastPluginEntry } from "satteri";

export const HEADING_ID_COMMENT = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;

interface MaybeParent {
  type: string;
  value?: string;
  children?: MaybeParent[];
}

/**
 * Tables in content are scrollable boxes in Starlight (`overflow: auto`); a keyboard user must be able
 * to focus one to scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function focusableTables(): HastPluginEntry {
  return {
    name: "focusable-tables",
    element: {
      filter: ["table"],
      visit(node, ctx) {
        ctx.setProperty(node, "tabIndex", 0);
      },
    },
  } as HastPluginEntry;
}

export function explicitHeadingIds(): HastPluginEntry {
  return {
    name: "explicit-heading-ids",
    element: {
      filter: ["h2", "h3", "h4"],
      visit(node, ctx) {
        const children = (node as unknown as MaybeParent).children ?? [];
        for (const child of children) {
          if (child.type !== "mdxTextExpression") continue;
          const match = HEADING_ID_COMMENT.exec(child.value ?? "");
          if (!match) continue;
          ctx.setProperty(node, "id", match[1]);
          ctx.removeNode(child as never);
        }
      },
    },
  } as HastPluginEntry;
}
