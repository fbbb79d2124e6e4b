/** "1 agreement", "3 agreements", "2 countries": a number with its noun, for reports and pages. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
