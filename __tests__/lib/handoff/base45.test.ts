/**
 * @jest-environment node
 */
import fc from 'fast-check';
import { base45Decode, base45Encode } from '@/lib/handoff/base45';

const bytes = (text: string) => new TextEncoder().encode(text);

// RFC 9285 §4.3 examples.
test.each([
  ['AB', 'BB8'],
  ['Hello!!', '%69 VD92EX0'],
  ['base-45', 'UJCLQE7W581'],
  ['ietf!', 'QED8WEX0'],
])('RFC 9285: %s encodes as %s and back', (text, encoded) => {
  expect(base45Encode(bytes(text))).toBe(encoded);
  expect(base45Decode(encoded)).toEqual(bytes(text));
});

test('any bytes survive the round trip, as text of the QR alphanumeric set only', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
      const text = base45Encode(data);
      expect(text).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
      expect(base45Decode(text)).toEqual(data);
    }),
  );
});

test.each([
  ['a character outside the alphabet', 'ab0', /not a base45 character/],
  ['a group above 65535 (RFC 9285 §6)', 'GGW', /out of range/],
  ['a length that leaves one character', 'BB8B', /one character over/],
])('refuses %s', (_what, text, message) => {
  expect(() => base45Decode(text)).toThrow(message);
});
