/**
 * Which IP addresses the server refuses to fetch from unless started with --allow-private: anything
 * that is not a public unicast address (private, loopback, link-local, unique-local, unspecified,
 * shared, multicast, reserved and documentation ranges), including IPv4 addresses written inside
 * IPv6 ones (IPv4-mapped, IPv4-compatible, NAT64 and 6to4).
 * Ranges from the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
 */
import { isIPv4, isIPv6 } from 'node:net';

/** [first octets..., prefix length] */
const V4_REFUSED: Array<[number, number, number, number, number]> = [
  [0, 0, 0, 0, 8], // "this network", unspecified
  [10, 0, 0, 0, 8], // private
  [100, 64, 0, 0, 10], // shared address space (carrier-grade NAT)
  [127, 0, 0, 0, 8], // loopback
  [169, 254, 0, 0, 16], // link-local
  [172, 16, 0, 0, 12], // private
  [192, 0, 0, 0, 24], // IETF protocol assignments
  [192, 0, 2, 0, 24], // documentation
  [192, 88, 99, 0, 24], // 6to4 relay anycast (deprecated)
  [192, 168, 0, 0, 16], // private
  [198, 18, 0, 0, 15], // benchmarking
  [198, 51, 100, 0, 24], // documentation
  [203, 0, 113, 0, 24], // documentation
  [224, 0, 0, 0, 4], // multicast
  [240, 0, 0, 0, 4], // reserved, and the limited broadcast address
];

function v4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function refusedV4(n: number): boolean {
  return V4_REFUSED.some(([a, b, c, d, bits]) => {
    const net = ((a * 256 + b) * 256 + c) * 256 + d;
    const size = 2 ** (32 - bits);
    return n >= net && n < net + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (any spelling, zone id allowed). */
export function ipv6Groups(ip: string): number[] {
  const bare = ip.replace(/%.*$/, '');
  // the URL parser canonicalises IPv6 (embedded dotted IPv4 becomes two hex groups)
  const host = new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  const [head, tail] = host.includes('::') ? host.split('::') : [host, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

function v4FromGroups(hi: number, lo: number): number {
  return hi * 65536 + lo;
}

/** True when fetching from this address must be refused unless private addresses are allowed. */
export function isRefusedAddress(ip: string): boolean {
  if (isIPv4(ip)) return refusedV4(v4Number(ip));
  if (!isIPv6(ip.replace(/%.*$/, ''))) return true; // not an address: refuse
  const g = ipv6Groups(ip);
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && (g[5] === 0xffff || g[5] === 0)) return refusedV4(v4FromGroups(g[6]!, g[7]!)); // mapped, compatible, ::, ::1
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return refusedV4(v4FromGroups(g[6]!, g[7]!)); // NAT64 well-known prefix
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return true; // NAT64 local-use
  if (g[0] === 0x2002) return refusedV4(v4FromGroups(g[1]!, g[2]!)); // 6to4
  if (g[0] === 0x100 && zero(1, 4)) return true; // discard-only
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  if (g[0] === 0x2001 && g[1]! < 0x200) return true; // IETF protocol assignments (Teredo, benchmarking, ORCHID)
  if (g[0] === 0x3fff && g[1]! < 0x1000) return true; // documentation (RFC 9637)
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return true; // unique-local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((first & 0xffc0) === 0xfec0) return true; // site-local (deprecated) fec0::/10
  if ((first & 0xff00) === 0xff00) return true; // multicast
  return false;
}
