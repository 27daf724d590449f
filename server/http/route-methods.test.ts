import { describe, expect, it } from "vitest";
import { allowedMethods } from "./route-methods.ts";

const routes = [
  { method: "GET", path: "/health" },
  { method: "POST", path: "/live/start" },
  { method: "GET", path: "/live/:id{[A-Za-z0-9_-]{16,64}}" },
  { method: "GET", path: "/live/:id/events" },
  { method: "POST", path: "/live/:id/paste" },
];

describe("allowedMethods", () => {
  it("lists the methods of matching routes", () => {
    expect(allowedMethods(routes, "/health")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods(routes, "/live/start")).toEqual(["POST"]);
    expect(allowedMethods([...routes, { method: "GET", path: "/live/:id" }], "/live/start")).toEqual(["POST"]);
    expect(allowedMethods(routes, "/live/abcdefghijklmnop/events")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods(routes, "/live/abcdefghijklmnop")).toEqual(["GET", "HEAD"]);
  });

  it("honours a parameter's pattern and knows nothing of other paths", () => {
    expect(allowedMethods(routes, "/live/short")).toEqual([]);
    expect(allowedMethods(routes, "/nope")).toEqual([]);
    expect(allowedMethods(routes, "/live/a/b/c")).toEqual([]);
  });
});
