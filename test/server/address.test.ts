import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ipv6Groups, isRefusedAddress } from '../../src/server/address.js';

describe('isRefusedAddress', () => {
  const refused = [
    '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255', '192.0.2.1',
    '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', 'fec0::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::FFFF:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1',
    '64:ff9b::a00:1', '2002:7f00:1::', '2001:db8::1', '100::1', 'not an address',
  ];
  const allowed = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:8.8.8.8', '2a00:1450:4001::200e', '64:ff9b::808:808'];
  for (const a of refused) it(`refuses ${a}`, () => assert.equal(isRefusedAddress(a), true));
  for (const a of allowed) it(`allows ${a}`, () => assert.equal(isRefusedAddress(a), false));
  it('expands IPv6 spellings to eight groups', () => {
    assert.deepEqual(ipv6Groups('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(ipv6Groups('::ffff:127.0.0.1'), [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    assert.deepEqual(ipv6Groups('fe80::1:2'), [0xfe80, 0, 0, 0, 0, 0, 1, 2]);
  });
});
