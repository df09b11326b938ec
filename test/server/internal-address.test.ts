/** Internal addresses in every spelling a URL or a resolver can give them; public ones pass. */
import { describe, expect, it } from 'vitest';
import { isInternalAddress } from '../../src/server/http/internal-address.js';

describe('isInternalAddress', () => {
  it('refuses IPv4 loopback and private space however IPv6 carries it', () => {
    for (const a of [
      '127.0.0.1',
      '::ffff:127.0.0.1', // mapped, dotted
      '::ffff:7f00:1', // mapped, as URL parsing normalises [::ffff:127.0.0.1]
      '[::ffff:7f00:1]',
      '::127.0.0.1', // IPv4-compatible
      '::ffff:0:7f00:1', // SIIT
      '64:ff9b::7f00:1', // NAT64 well-known prefix
      '64:ff9b::10.0.0.1',
      '64:ff9b:1::a00:1', // NAT64 local-use prefix
      '2002:c0a8:0101::1', // 6to4 of 192.168.1.1
      '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo client 127.0.0.1
      '::1',
      '::',
      'fe80::1',
      'fd12:3456::1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
    ])
      expect(isInternalAddress(a), a).toBe(true);
  });

  it('lets public addresses through, in IPv4 and embedded forms', () => {
    for (const a of ['8.8.8.8', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '2606:4700:4700::1111', '1.1.1.1']) expect(isInternalAddress(a), a).toBe(false);
  });

  it('something that is not an address is not trusted', () => {
    expect(isInternalAddress('localhost')).toBe(true);
  });
});
