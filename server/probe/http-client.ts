/**
 * The probe's HTTP client: every request goes to the resolved, checked address (the socket never
 * resolves the name again), with the host name as Host and TLS server name, a short time limit, a cap
 * on the answer's size, and no redirects followed. Paths are always under the target's base path.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { ProbeTarget, ResolvedAddress } from "./target.ts";

export interface ProbeResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export type ProbeFetchError =
  | { kind: "timeout" }
  | { kind: "refused" }
  | { kind: "tls"; code: string }
  | { kind: "too-large" }
  | { kind: "network" };

export class ProbeFetchFailure extends Error {
  override readonly name = "ProbeFetchFailure";
  readonly failure: ProbeFetchError;
  constructor(failure: ProbeFetchError) {
    super(failure.kind);
    this.failure = failure;
  }
}

export interface ClientLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface ProbeHttpClient {
  readonly target: ProbeTarget;
  request(
    method: "GET" | "POST",
    path: string,
    options?: { json?: unknown; headers?: Record<string, string> },
  ): Promise<ProbeResponse>;
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|ERR_TLS|UNABLE_TO|HOSTNAME|ALTNAME/i;

export function createProbeClient(
  target: ProbeTarget,
  address: ResolvedAddress,
  limits: ClientLimits,
  ca?: string,
): ProbeHttpClient {
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: address.address, family: address.family },
      ]);
    } else callback(null, address.address, address.family);
  };
  return {
    target,
    request(method, path, options = {}) {
      const body = options.json === undefined ? undefined : JSON.stringify(options.json);
      const headers: Record<string, string> = {
        accept: "application/json, text/html;q=0.9, */*;q=0.5",
        "user-agent": "odoo-gmail-companion-probe",
        ...(body === undefined
          ? {}
          : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }),
        ...options.headers,
      };
      const send = target.https ? httpsRequest : httpRequest;
      return new Promise<ProbeResponse>((resolve, reject) => {
        let settled = false;
        const fail = (failure: ProbeFetchError) => {
          if (settled) return;
          settled = true;
          req.destroy();
          reject(new ProbeFetchFailure(failure));
        };
        const req = send({
          host: target.hostname,
          port: target.port,
          path: `${target.basePath}${path}`,
          method,
          headers,
          lookup,
          agent: false,
          ...(target.https ? { servername: /^[\d.]+$|:/.test(target.hostname) ? "" : target.hostname } : {}),
          ...(ca ? { ca } : {}),
        });
        const timer = setTimeout(() => fail({ kind: "timeout" }), limits.timeoutMs);
        req.on("error", (error: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          const code = error.code ?? "";
          if (code === "ECONNREFUSED") fail({ kind: "refused" });
          else if (TLS_CODES.test(code)) fail({ kind: "tls", code: code.slice(0, 60) });
          else fail({ kind: "network" });
        });
        req.on("response", (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > limits.maxBytes) {
              clearTimeout(timer);
              fail({ kind: "too-large" });
              return;
            }
            chunks.push(chunk);
          });
          res.on("end", () => {
            clearTimeout(timer);
            if (settled) return;
            settled = true;
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            });
          });
          res.on("error", () => {
            clearTimeout(timer);
            fail({ kind: "network" });
          });
        });
        req.end(body);
      });
    },
  };
}
