/**
 * Authorization flows in progress (one per visit of the auth endpoint): which client and request,
 * which account was chosen, whether the unverified-app warning was passed. The pages carry only the
 * flow's opaque id. Flows last an hour of real time; the oldest are dropped beyond a cap.
 */
import type { ScenarioClient, WorldAccount } from "../world.ts";
import type { AuthRequest } from "./authorize.ts";
import { newFlowId } from "./formats.ts";

const FLOW_LIFETIME_MS = 60 * 60 * 1000;
const MAX_FLOWS = 1000;

export interface Flow {
  id: string;
  client: ScenarioClient;
  request: AuthRequest;
  startedAt: number;
  account: WorldAccount | undefined;
  warningPassed: boolean;
}

export interface FlowStore {
  start(client: ScenarioClient, request: AuthRequest): Flow;
  get(id: string | undefined): Flow | undefined;
  end(id: string): void;
}

export function createFlowStore(now: () => number = Date.now): FlowStore {
  const flows = new Map<string, Flow>();
  return {
    start(client, request) {
      for (const [id, flow] of flows) {
        if (flows.size < MAX_FLOWS && now() - flow.startedAt < FLOW_LIFETIME_MS) break;
        flows.delete(id);
      }
      const flow: Flow = {
        id: newFlowId(),
        client,
        request,
        startedAt: now(),
        account: undefined,
        warningPassed: false,
      };
      flows.set(flow.id, flow);
      return flow;
    },
    get(id) {
      const flow = id ? flows.get(id) : undefined;
      if (!flow || now() - flow.startedAt >= FLOW_LIFETIME_MS) return undefined;
      return flow;
    },
    end(id) {
      flows.delete(id);
    },
  };
}
