import "server-only";
// Where a webhook may deliver: public internet addresses only, checked when the hook is saved and
// again on every connection (the DNS answer at delivery time is the one that counts, so a name
// that later resolves to 127.0.0.1 is still refused). Loopback, private, link-local, carrier NAT,
// ULA, multicast, documentation and IPv4-mapped/NAT64 IPv6 addresses are refused. Decimal and
// octal spellings ("2130706433", "0177.0.0.1") are normalised by the URL parser before the check.
// An intranet hook is allowed by naming its host (or host:port) in TALLY_WEBHOOK_ALLOW.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { webhookAllowList } from "../env";
import { AppError } from "../errors";

// Two lists: Node checks an IPv4 address against IPv6 rules too (as ::ffff:a.b.c.d).
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED_V4.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED_V6.addSubnet(net, bits, "ipv6");

export class WebhookTargetRefused extends Error {}

/** true for an address a webhook may reach (a public unicast address). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6 && /^::ffff:/i.test(address)) return false; // IPv4-mapped, in any spelling
  return family === 4 ? !BLOCKED_V4.check(address, "ipv4") : !BLOCKED_V6.check(address, "ipv6");
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
const portOf = (url: URL) => url.port || (url.protocol === "https:" ? "443" : "80");

/** Whether TALLY_WEBHOOK_ALLOW names this URL's host (any port) or host:port. */
export function isAllowListed(url: URL): boolean {
  const host = hostOf(url);
  return webhookAllowList().some(
    (entry) => entry === host || entry === `${host}:${portOf(url)}` || entry === `[${host}]:${portOf(url)}`,
  );
}

/** At save: the URL's host, resolved now, must be public (or allow-listed). Throws a field error. */
export async function assertWebhookTarget(raw: string): Promise<void> {
  const refuse = (why: string) => new AppError("validation_failed", why, { url: [why] });
  const url = URL.parse(raw);
  if (!url || !/^https?:$/.test(url.protocol)) throw refuse("Enter an http:// or https:// address.");
  if (url.username || url.password) throw refuse("Leave the user name and password out of the address.");
  if (isAllowListed(url)) return;
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolveAll(host).catch(() => null);
  if (!addresses || addresses.length === 0) throw refuse("That host name does not resolve.");
  if (!addresses.every(isPublicAddress)) {
    throw refuse(
      "That address is inside a private network. Ask the person who runs Tally to allow it (TALLY_WEBHOOK_ALLOW).",
    );
  }
}

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, list: LookupAddress[]) =>
      err ? reject(err) : resolve(list.map((a) => a.address)),
    ),
  );
}

/** At connect: a `lookup` for node:http that refuses non-public answers (see deliverWebhook). */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, list: LookupAddress[]) => {
    if (err) return callback(err, "", 0);
    const bad = list.find((a) => !isPublicAddress(a.address));
    if (bad || list.length === 0) return callback(new WebhookTargetRefused("address not allowed"), "", 0);
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, l: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};
