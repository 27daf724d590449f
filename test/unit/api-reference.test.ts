/** The API reference pages: rendered from the OpenAPI document, every text available in Italian. */
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../server/api.ts";
import { italianDescriptions, labels } from "../../src/components/api/api-strings.ts";
import { curlExample, exampleAnswer } from "../../src/components/api/examples.ts";
import { documentTexts, type OpenApiDoc, operationModel } from "../../src/components/api/operation-model.ts";

const doc = openApiDocument() as unknown as OpenApiDoc;

describe("API reference", () => {
  it("has an Italian translation of every summary and description of the document", () => {
    const missing = documentTexts(doc).filter((text) => !(text in italianDescriptions));
    expect(missing).toEqual([]);
  });

  it("has the same labels in both languages", () => {
    expect(Object.keys(labels.it).sort()).toEqual(Object.keys(labels.en).sort());
  });

  it("lists the request fields of POST /diagnose, nested ones included", () => {
    const model = operationModel(doc, "post", "/diagnose", "it");
    const names = model.body.map((row) => row.name);
    expect(names).toEqual(
      expect.arrayContaining(["errorText", "url", "clientSecretJson", "consent.publishingStatus", "smtp.encryption"]),
    );
    expect(model.summary).toBe("Diagnostica un problema OAuth Gmail ↔ Odoo");
    expect(model.responses.map((r) => r.status)).toEqual(["200", "400", "413", "415"]);
    expect(() => operationModel(doc, "delete", "/diagnose", "en")).toThrow(/no DELETE/);
  });

  it("lists the answer's fields of POST /diagnose, the primary cause, confidence and question included", () => {
    const model = operationModel(doc, "post", "/diagnose", "it");
    const rows = new Map(model.answer.map((row) => [row.name, row]));
    for (const name of ["primary", "confidence", "question.fact", "question.choices[].leadsTo", "findings[].explains"])
      expect(rows.get(name)?.description, name).toMatch(/\S/);
    expect(rows.get("confidence")?.type).toBe('uno tra "high", "medium", "low"');
    expect(rows.get("primary")?.type).toMatch(/^stringa, uno tra \d+ valori$/);
  });

  it("gives runnable curl examples with real answers", () => {
    expect(curlExample("POST", "/diagnose", "it")).toContain("-H 'content-type: application/json'");
    expect(curlExample("GET", "/findings", "it")).toBe("curl -s http://127.0.0.1:4321/api/findings?lang=it");
    const answer = JSON.parse(exampleAnswer("POST", "/diagnose", "en", "1.0.0")) as { findings: { id: string }[] };
    expect(answer.findings[0]?.id).toBe("redirect-uri-insecure-http");
  });
});
