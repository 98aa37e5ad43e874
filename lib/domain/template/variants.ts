/**
 * Which wording to use for this customer: one they have not received yet, chosen
 * at random among those; when every wording was used, the one used longest ago.
 * `used` lists variant indexes this conversation got, oldest first.
 */
export function pickVariant(count: number, used: readonly number[], random: () => number): number {
  if (count <= 1) return 0;
  const fresh = Array.from({ length: count }, (_, i) => i).filter((i) => !used.includes(i));
  if (fresh.length > 0) return fresh[Math.floor(random() * fresh.length)]!;
  const lastUse = (i: number) => used.lastIndexOf(i);
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => lastUse(a) - lastUse(b))[0]!;
}
