/** The checks every sandbox control makes: Origin, a practice client's credentials, a valid body. */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ClientChecker } from "./contracts.ts";
import { ClientFields, controlBody, ownClient, ownOrigin } from "./control-guard.ts";

const clients: ClientChecker = {
  checkClient: (id, secret) => (id === "mine" && secret === "s3cret" ? "own" : id === "world" ? "shared" : "wrong"),
};

function app(policy?: Parameters<typeof ownOrigin>[1]) {
  const routes = new Hono();
  routes.use(
    "*",
    ownOrigin(() => "http://127.0.0.1:4321", policy),
  );
  routes.post("/control", async (c) => {
    const body = await controlBody(c, z.strictObject({ n: z.number(), ...ClientFields }));
    if ("response" in body) return body.response;
    const own = ownClient(c, clients, body.data);
    return "response" in own ? own.response : c.json({ client: own.clientId });
  });
  routes.get("/read", (c) => c.text("ok"));
  return routes;
}

const post = (routes: Hono, url: string, headers: Record<string, string>, body: unknown = { n: 1 }) =>
  routes.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("sandbox controls", () => {
  it("accept the companion's public origin, or the loopback origin a request was sent to", async () => {
    const routes = app();
    const own = { client_id: "mine", client_secret: "s3cret" };
    expect(
      (await post(routes, "http://localhost/control", { origin: "http://127.0.0.1:4321" }, { n: 1, ...own })).status,
    ).toBe(200);
    expect(
      (await post(routes, "http://localhost:9/control", { origin: "http://localhost:9" }, { n: 1, ...own })).status,
    ).toBe(200);
    expect((await post(routes, "http://rebound.example/control", { origin: "http://rebound.example" })).status).toBe(
      403,
    );
    expect((await post(routes, "http://localhost/control", {})).status).toBe(403);
    expect((await routes.request("http://localhost/read")).status).toBe(200);
  });

  it("with PUBLIC_URL in the server's policy, accept that origin and ignore the Host", async () => {
    const routes = app({ publicOrigin: "https://companion.example", trustProxy: false, loopbackOnly: false });
    const basic = `Basic ${Buffer.from("mine:s3cret").toString("base64")}`;
    expect(
      (await post(routes, "http://localhost/control", { origin: "https://companion.example", authorization: basic }))
        .status,
    ).toBe(200);
    expect(
      (await post(routes, "http://localhost:9/control", { origin: "http://localhost:9", authorization: basic })).status,
    ).toBe(403);
  });

  it("act only for a practice client's own credentials, in the caller's language", async () => {
    const routes = app();
    const origin = "http://127.0.0.1:4321";
    expect((await post(routes, "http://localhost/control", { origin })).status).toBe(401);
    const shared = await post(
      routes,
      "http://localhost/control",
      { origin, "accept-language": "it" },
      {
        n: 1,
        client_id: "world",
        client_secret: "anything",
      },
    );
    expect(shared.status).toBe(403);
    expect(await shared.json()).toMatchObject({ title: "Non è il tuo client di prova" });
    const bad = await post(routes, "http://localhost/control", { origin }, { n: "one" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: "/api/problems/sandbox-bad-body" });
  });
});
