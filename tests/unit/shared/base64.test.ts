import { base64ToBytes, base64ToU32, bytesToBase64, u32ToBase64 } from '../../../src/shared/base64';

test.each([[[]], [[0]], [[1, 2, 3]], [[0xffffffff, 0x811c9dc5, 7]]])(
  'Uint32Array %j survives the round trip',
  (values) => {
    const a = Uint32Array.from(values);
    expect(Array.from(base64ToU32(u32ToBase64(a)))).toEqual(values);
  },
);

test.each([[1], [2], [3], [4], [5]])('%i bytes match Node’s base64', (n) => {
  const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
  expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  expect(Array.from(base64ToBytes(Buffer.from(bytes).toString('base64')))).toEqual(
    Array.from(bytes),
  );
});

test.each([['abc'], ['ab$='], ['AAAAAAA=']])('%s is refused as a fingerprint', (bad) => {
  expect(() => base64ToU32(bad)).toThrow();
});
