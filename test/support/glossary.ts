/**
 * Reads docs/glossary.md (its forms to avoid on Italian pages) and finds them in the own prose of a page
 * source, leaving quoted product text, code, links and tags alone. Used by test/unit/glossary.test.ts.
 */
export interface Rule {
  chosen: string;
  avoid: string[];
}

/** The rows of the glossary's terms table that list forms to avoid. */
export function glossaryRules(markdown: string): Rule[] {
  const rules: Rule[] = [];
  let columns: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      columns = undefined;
      continue;
    }
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (!columns) {
      columns = cells;
      continue;
    }
    const avoidAt = columns.indexOf("Not on Italian pages");
    const chosenAt = columns.indexOf("Italian on our pages");
    if (avoidAt < 0 || chosenAt < 0 || /^-+$/.test(cells[0] ?? "")) continue;
    const avoid = [...(cells[avoidAt] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    if (avoid.length > 0) rules.push({ chosen: cells[chosenAt] ?? "", avoid });
  }
  return rules;
}

/**
 * The page's own Italian prose, line by line: front matter keeps only its title and description; code,
 * quoted product text («…», bold labels), link targets, tags (except their title and description
 * attributes) and MDX comments are blanked, so line numbers stay right.
 */
export function proseLines(source: string): string[] {
  let inFence = false;
  let inQuote = false;
  let inFrontMatter = source.startsWith("---\n");
  // Quoted product text may run over a line break: blank from « to » across lines.
  const blankQuotes = (line: string): string => {
    let out = "";
    for (const char of line) {
      if (char === "«") inQuote = true;
      out += inQuote ? " " : char;
      if (char === "»") inQuote = false;
    }
    return out;
  };
  return source.split("\n").map((line, index) => {
    if (inFrontMatter) {
      if (index > 0 && line === "---") inFrontMatter = false;
      const field = /^(title|description):\s*(.*)$/.exec(line);
      return field ? (field[2] ?? "") : "";
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return "";
    }
    if (inFence || /^import\s/.test(line)) return "";
    return blankQuotes(line)
      .replace(/\{\/\*.*?\*\/\}/g, " ")
      .replace(/`[^`]*`/g, " ")
      .replace(/\*\*[^*]+\*\*/g, " ")
      .replace(/\]\([^)]*\)/g, "] ")
      .replace(/<[^>]*>/g, (tag) =>
        [...tag.matchAll(/\b(?:title|description)="([^"]*)"/g)].map((m) => ` ${m[1]} `).join(""),
      )
      .replace(/https?:\/\/\S+/g, " ");
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lines of `source` where an avoided form appears as whole words, as "line: form → chosen". */
export function glossaryViolations(source: string, rules: Rule[]): string[] {
  const found: string[] = [];
  const lines = proseLines(source);
  for (const rule of rules) {
    for (const form of rule.avoid) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])${escapeRegExp(form)}(?![\\p{L}\\p{N}_-])`, "iu");
      lines.forEach((line, index) => {
        if (pattern.test(line)) found.push(`${index + 1}: "${form}" → ${rule.chosen}`);
      });
    }
  }
  return found;
}
