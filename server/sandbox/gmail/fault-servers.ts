/**
 * Faulty SMTP servers, one per practice run: each stages one fault (smtp-faults.ts) on its own port,
 * so only the run that asked for it meets it. A client's new fault server replaces its previous one;
 * each closes by itself after FAULT_SERVER_TTL_MS (a run lasts 15 minutes); at most MAX_FAULT_SERVERS
 * run at once, beyond which opening another is refused rather than closing someone else's.
 */
import type { SmtpFault } from "./smtp-faults.ts";

export const MAX_FAULT_SERVERS = 20;
export const FAULT_SERVER_TTL_MS = 15 * 60 * 1000;

export class FaultServersFull extends Error {
  constructor() {
    super(`At most ${MAX_FAULT_SERVERS} faulty SMTP servers run at once.`);
    this.name = "FaultServersFull";
  }
}

interface Opened {
  address: { host: string; port: number };
  close(): Promise<void>;
}

export interface FaultServers {
  open(clientId: string, fault: SmtpFault): Promise<{ host: string; port: number }>;
  closeAll(): Promise<void>;
  /** How many are open (for tests). */
  count(): number;
}

export function createFaultServers(deps: { open(fault: SmtpFault): Promise<Opened> }): FaultServers {
  const servers = new Map<string, { opened: Opened; timer: NodeJS.Timeout }>();
  const close = async (clientId: string) => {
    const entry = servers.get(clientId);
    if (!entry) return;
    servers.delete(clientId);
    clearTimeout(entry.timer);
    await entry.opened.close();
  };
  return {
    async open(clientId, fault) {
      await close(clientId);
      if (servers.size >= MAX_FAULT_SERVERS) throw new FaultServersFull();
      const opened = await deps.open(fault);
      const timer = setTimeout(() => void close(clientId), FAULT_SERVER_TTL_MS);
      timer.unref();
      servers.set(clientId, { opened, timer });
      return opened.address;
    },
    async closeAll() {
      await Promise.all([...servers.keys()].map(close));
    },
    count: () => servers.size,
  };
}
