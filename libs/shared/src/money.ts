/**
 * Money is GBP held as integer pence (bigint in the database, string at the edges) so that no
 * float ever touches it. Pounds travel as strings such as "44000000.00".
 */
const POUNDS = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

export function isPounds(value: string): boolean {
  return POUNDS.test(value);
}

export function poundsToPence(value: string): bigint {
  if (!isPounds(value)) throw new RangeError(`not an amount of pounds: ${value}`);
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

export function penceToPounds(pence: bigint | string | number): string {
  const value = BigInt(pence);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
