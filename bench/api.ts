/**
 * API budgets: POST /api/diagnose throughput ≥ 0.5× a bare Hono "hello" route (autocannon, side by
 * side on the same server), and p99 ≤ 10 ms at a fixed 500 requests/s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import { ROOT } from "../test/support/site-pages.ts";

const EVIDENCE = [
  {
    errorText:
      "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=http://erp.acme.com/google_gmail/confirm flowName=GeneralOAuthFlow",
  },
  {
    errorText: "Accesso bloccato: la richiesta di questa app non è valida\nErrore 400: redirect_uri_mismatch",
    lang: "it",
  },
  {
    errorText: "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
    smtp: { host: "smtp.gmail.com", port: 587, encryption: "starttls", authentication: "gmail" },
  },
  {
    odooUrl: "https://mycompany.odoo.com",
    odooVersion: "17.0",
    clientSecretJson: {
      web: {
        client_id: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
        client_secret: "GOCSPX-REDACTED",
        redirect_uris: ["https://mycompany.odoo.com/google_gmail/confirm"],
      },
    },
    consent: { publishingStatus: "testing", userType: "external", testUsers: ["a@gmail.com"] },
    account: { email: "a@gmail.com", kind: "gmail" },
  },
];

export interface ApiBench {
  helloRps: number;
  /** Repeated evidence (answers come from the diagnosis memo). */
  diagnoseRps: number;
  ratio: number;
  /** Every request's evidence unique (the engine runs every time). */
  uniqueRps: number;
  uniqueRatio: number;
  fixedRate: { rate: number; p50: number; p99: number; max: number; errors: number; non2xx: number };
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bench", "api-server.ts")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening (http:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const diagnoseRequests = EVIDENCE.map((body) => ({
  method: "POST" as const,
  path: "/api/diagnose",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
}));

export async function benchApi(seconds = 10): Promise<ApiBench> {
  const { child, url } = await startServer();
  try {
    await run({ url: `${url}/bench/hello`, duration: 2, connections: 10 }); // warm-up
    await run({ url, duration: 2, connections: 10, requests: diagnoseRequests });
    const hello = await run({ url: `${url}/bench/hello`, duration: seconds, connections: 10 });
    const diagnose = await run({ url, duration: seconds, connections: 10, requests: diagnoseRequests });
    let counter = 0;
    const uniqueRequests = EVIDENCE.map((evidence) => ({
      method: "POST" as const,
      path: "/api/diagnose",
      headers: { "content-type": "application/json" },
      setupRequest: (request: autocannon.Request) => {
        counter += 1;
        const body = {
          ...evidence,
          errorText: `${(evidence as { errorText?: string }).errorText ?? ""}\nticket ${counter}`,
        };
        return { ...request, body: JSON.stringify(body) };
      },
    }));
    const unique = await run({ url, duration: seconds, connections: 10, requests: uniqueRequests });
    const fixed = await run({ url, duration: seconds, connections: 10, overallRate: 500, requests: uniqueRequests });
    return {
      helloRps: hello.requests.average,
      diagnoseRps: diagnose.requests.average,
      ratio: diagnose.requests.average / hello.requests.average,
      uniqueRps: unique.requests.average,
      uniqueRatio: unique.requests.average / hello.requests.average,
      fixedRate: {
        rate: fixed.requests.average,
        p50: fixed.latency.p50,
        p99: fixed.latency.p99,
        max: fixed.latency.max,
        errors: fixed.errors + diagnose.errors + unique.errors,
        non2xx: fixed.non2xx + diagnose.non2xx + unique.non2xx,
      },
    };
  } finally {
    child.kill("SIGTERM");
  }
}
