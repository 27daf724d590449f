/**
 * Which host a client uses to reach the Gmail sandbox, and which names its certificate covers, given
 * the address it listens on. A wildcard listen address is reached through loopback.
 */
const LOOPBACK_FOR_WILDCARD: Record<string, string> = { "0.0.0.0": "127.0.0.1", "::": "::1" };

/** Where a client on this machine connects. */
export function clientHost(listenHost: string): string {
  return LOOPBACK_FOR_WILDCARD[listenHost] ?? listenHost;
}

/** The loopback names always, plus the listen host when it names a single machine. */
export function certificateHosts(listenHost: string): string[] {
  const hosts = ["localhost", "127.0.0.1", "::1"];
  if (!(listenHost in LOOPBACK_FOR_WILDCARD) && !hosts.includes(listenHost)) hosts.push(listenHost);
  return hosts;
}
