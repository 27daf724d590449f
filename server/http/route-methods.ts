/**
 * Which methods a path answers to, from the app's own route list (for 405 Method Not Allowed with an
 * Allow header). Route paths use Hono's syntax: `:name` and `:name{regex}` segments, and `*`.
 */
export interface RouteEntry {
  method: string;
  path: string;
}

function segmentPattern(segment: string): string {
  if (segment === "*") return ".*";
  const param = /^:\w+(?:\{(.+)\})?\??$/.exec(segment);
  if (param) return param[1] ? `(?:${param[1]})` : "[^/]+";
  return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const compiled = new Map<string, RegExp>();

function patternOf(path: string): RegExp {
  let pattern = compiled.get(path);
  if (!pattern) {
    pattern = new RegExp(`^${path.split("/").map(segmentPattern).join("/")}/?$`);
    compiled.set(path, pattern);
  }
  return pattern;
}

const isStatic = (path: string) => !/[:*]/.test(path);

/**
 * The methods of routes matching `path` (HEAD comes with GET), sorted; [] for an unknown path. A path
 * that names a fixed route (`/live/start`) is that route's, not a parameter's (`/live/:id`).
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const matching = routes.filter((route) => patternOf(route.path).test(path));
  const fixed = matching.filter((route) => isStatic(route.path));
  const methods = new Set<string>();
  for (const route of fixed.length > 0 ? fixed : matching) {
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  return [...methods].sort();
}
