// Seeded mutations of YAML record texts, for differential tests of the fast parse paths against the yaml package.

/** A small seeded generator (mulberry32), so every run tests the same cases. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Scalars on which YAML libraries are known to disagree, and the structures the fast path must refuse.
export const SCALARS = ['1_000', '0o17', '0x1F', '0b101', '017', '+12', '-0', '1e3', '1.5e-3', '.5', '5.', '.inf', '-.Inf', '.NaN', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'True', 'FALSE', 'tRUE', '~', 'null', 'Null', 'NULL', '2025-10-17', '2025-10-17T10:00:00Z', '12:30:00', '1:20', '"quoted"', "'single'", '0.0', '00', '-', '=', '<<', '&a x', '*a', '!!str 5', '!!int x', '!foo y', '[a, b]', '{a: b}', '? k', '|\n  block', '>-\n  folded', "'it''s'", '"\\u00e9\\x41"', '" lead"', 'a: b', 'a #c', '#c', '@x', '`x', '%x', 'é'];

export function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const i = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 8)) {
    case 0:
      lines[i] = lines[i]!.replace(/: .*$/, `: ${pick(SCALARS)}`);
      break;
    case 1:
      lines.splice(i, 0, `${' '.repeat(Math.floor(next() * 6))}${pick(['extra', '- item', 'k: v', '-', ':', '? x', '[', '{', '"', "'"])}: ${pick(SCALARS)}`);
      break;
    case 2:
      lines[i] = `${' '.repeat(Math.floor(next() * 4))}${lines[i]!.trimStart()}`;
      break;
    case 3:
      lines.splice(i, 1);
      break;
    case 4:
      lines[i] = lines[i]!.replace(/^(\s*)/, `$1${pick(['\t', '- ', '  ', '? ', '--- ', '... '])}`);
      break;
    case 5:
      lines[i] = `${lines[i]!} ${pick(['#', '# c', ':', ' : x', ',', ']', '}', '&a', '*a', '!t'])}`;
      break;
    case 6:
      lines.push(`${lines[0]!.split(':')[0]}: duplicate`);
      break;
    default:
      return text.slice(0, Math.floor(next() * text.length));
  }
  return lines.join('\n');
}
