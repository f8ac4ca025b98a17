const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A count of codes people can read: in full up to trillions, then as a power of ten. */
export function formatCount(count: bigint, language: string): string {
  if (count < 10n ** 15n) return count.toLocaleString(language);
  const digits = count.toString();
  const exponent = digits.length - 1;
  const mantissa = Number(`${digits[0]}.${digits.slice(1, 3)}`).toLocaleString(language, {
    maximumFractionDigits: 1,
  });
  const power = [...String(exponent)].map((digit) => superscripts[Number(digit)]).join('');
  return `≈ ${mantissa} × 10${power}`;
}
