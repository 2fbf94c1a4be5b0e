import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode';
import { isPrivateAddress } from './private-address';

describe('decodeText', () => {
  it('reads UTF-8, and windows-1252 / latin-1 when that is what the bytes are', () => {
    expect(decodeText(Buffer.from('Conseil de sécurité — ONUDC'))).toBe('Conseil de sécurité — ONUDC');
    expect(decodeText(Buffer.from('Conseil de sécurité à Moscou', 'latin1'))).toBe('Conseil de sécurité à Moscou');
    expect(decodeText(new Uint8Array([0x93, 0x4f, 0x4e, 0x55, 0x94, 0x20, 0xe9]))).toBe('“ONU” é');
  });

  it('refuses binary data and bytes that are neither UTF-8 nor plausible windows-1252', () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]))).toBe(true);
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'x.bin')).toThrow(/x.bin looks like a binary file/);
    expect(() => decodeText(new Uint8Array([0x41, 0x81, 0x8d, 0x42]))).toThrow(/not valid UTF-8/);
    expect(() => decodeText(new Uint8Array([0x41, 0xa4, 0xa6, 0xb1, 0xbc, 0x42]))).toThrow(/not valid UTF-8/);
  });
});

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, CGNAT and unique-local addresses, and accepts public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });
});
