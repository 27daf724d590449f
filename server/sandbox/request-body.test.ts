/** The sandbox's one body reader: fields of every body kind, nothing thrown. */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { basicCredentials, readFields } from "./request-body.ts";

const app = new Hono().post("/", async (c) => {
  const fields = await readFields(c);
  return c.json({ all: fields.all("scope"), first: fields.first(), readable: fields.readable });
});

const read = async (body: BodyInit, type?: string) =>
  (await (await app.request("/", { method: "POST", body, headers: type ? { "content-type": type } : {} })).json()) as {
    all: string[];
    first: Record<string, string>;
    readable: boolean;
  };

describe("readFields", () => {
  it("reads form, JSON and multipart fields, repeated ones in order", async () => {
    expect(await read("scope=a&scope=b&x=1", "application/x-www-form-urlencoded")).toEqual({
      all: ["a", "b"],
      first: { scope: "a", x: "1" },
      readable: true,
    });
    expect((await read('{"x":"1","n":2}', "application/json")).first).toEqual({ x: "1" });
    const form = new FormData();
    form.append("scope", "a");
    form.append("scope", "b");
    expect((await read(form)).all).toEqual(["a", "b"]);
  });

  it("turns what cannot be read into no fields instead of an error", async () => {
    expect(await read("--x\r\nbroken", "multipart/form-data; boundary=x")).toEqual({
      all: [],
      first: {},
      readable: false,
    });
    expect(await read("{", "application/json")).toMatchObject({ readable: false });
    expect(await read("a=1", "text/plain")).toEqual({ all: [], first: {}, readable: true });
    expect((await read("[1]", "application/json")).first).toEqual({});
  });
});

describe("basicCredentials", () => {
  it("reads URL-encoded parts and ignores what is not Basic", () => {
    const header = `Basic ${Buffer.from("id%3A1:s%25cret").toString("base64")}`;
    expect(basicCredentials(header)).toEqual({ clientId: "id:1", clientSecret: "s%cret" });
    expect(basicCredentials("Bearer x")).toBeUndefined();
    expect(basicCredentials(`Basic ${Buffer.from("nocolon").toString("base64")}`)).toBeUndefined();
  });
});
