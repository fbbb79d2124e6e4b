import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';

// js-yaml 4 reads a plain record several times faster than the `yaml` package's Document API.
// It is only trusted with what both libraries read the same way: a screen sends anything with
// anchors, aliases, tags, directives, merge keys or complex keys to the full parser, and so does
// every error. Its scalar rules are YAML 1.2 core ones, exactly as `yaml` resolves them (js-yaml's
// own also accept 1_000, 0b101 and the like, which `yaml` keeps as strings).

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text),
  construct: () => null,
});

const bool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
});

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text),
  construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text),
  construct: (text: string) => {
    if (/nan$/i.test(text)) return NaN;
    if (/inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(text);
  },
});

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, bool, int, float] });

// A node property (anchor, alias, tag) starts a node: after white space, a flow indicator or at
// a line start. Directives start a line with %. Explicit keys are `? `; merge keys `<<`; a flow
// collection used as a key ends `]:` or `}:`. Quoted text can match too; that only costs speed.
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])(?:[&*]\S|!)|^%|(?:^|[\s[{,])\?(?:\s|$)|<<|[\]}]\s*:(?:\s|$)/m;

// Every match of the screen holds one of these; most records hold none, and finding that out
// is a plain scan, where the screen's alternatives are tried at every white space.
const SCREEN_CHARACTERS = /[&*!%?<\]}]/;

/** The record's mapping when the fast path can read it exactly as the full parser would; otherwise undefined. */
export function fastLoad(text: string): Record<string, unknown> | undefined {
  if (SCREEN_CHARACTERS.test(text) && NEEDS_FULL_PARSER.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
