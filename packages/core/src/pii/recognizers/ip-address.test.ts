import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';
import { ipv4Valid, ipv6Valid } from './ip-address.js';

describe('IP address recognizer', () => {
  it.each([
    '192.168.1.10',
    '8.8.8.8',
    '255.255.255.255',
    '2001:db8::1',
    'fe80::1ff:fe23:4567:890a',
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    '::ffff:192.0.2.128',
    '3b20:9a3a:1b2f:7ce:9ef1:4787:85fc:261e',
  ])('finds %s', (ip) => {
    expect(found(`blocked address ${ip}, again`, 'IP_ADDRESS')).toEqual([ip]);
  });

  it.each([
    ['256.1.1.1', 'octet over 255'],
    ['01.2.3.4', 'leading zero'],
    ['1.2.3.4.5', 'version string'],
    ['12:30:45', 'a time'],
    ['a::b', 'too short to be an address'],
    ['::', 'unspecified'],
    ['1:2:3:4:5:6:7:8:9', 'nine groups'],
    ['12345::1', 'group too long'],
  ])('rejects %s (%s)', (ip) => {
    expect(found(`value ${ip} end`, 'IP_ADDRESS')).toEqual([]);
  });

  it('finds addresses that open or close with "::" and ones right after a prose colon', () => {
    expect(found('route ::1234:5678 and fe80:1:: here', 'IP_ADDRESS')).toEqual(['::1234:5678', 'fe80:1::']);
    expect(found('Note:fe80::1ff:fe23:4567:890a.', 'IP_ADDRESS')).toEqual([]);
    expect(found('Note: fe80::1ff:fe23:4567:890a.', 'IP_ADDRESS')).toEqual(['fe80::1ff:fe23:4567:890a']);
    expect(found('hosts 2001:db8::1:, 2001:db8::2', 'IP_ADDRESS')).toEqual(['2001:db8::1', '2001:db8::2']);
  });

  it('validates directly', () => {
    expect(ipv4Valid('10.0.0.1')).toBe(true);
    expect(ipv6Valid('1::2:3:4:5:6:7:8')).toBe(false);
  });
});
