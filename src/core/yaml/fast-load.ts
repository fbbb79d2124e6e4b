import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { isBool, isFloat, isInt, isNull, toBool, toFloat, toInt } from './core-scalars.js';
import { subsetLoad } from './subset-load.js';
import { isObject } from '../shape.js';

// js-yaml 4 reads a plain record several times faster than the `yaml` package's Document API.
// It is only trusted with what both libraries read the same way: a screen sends anything with
// anchors, aliases, tags, directives, merge keys or complex keys to the full parser, and so does
// every error. Its scalar rules are YAML 1.2 core ones, exactly as `yaml` resolves them.
// Most records are simpler still and never reach js-yaml: see subset-load.ts.

const nullType = new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: isNull, construct: () => null });
const bool = new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: isBool, construct: toBool });
const int = new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: isInt, construct: toInt });
const float = new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: isFloat, construct: toFloat });

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
  const simple = subsetLoad(text);
  if (simple) return simple;
  if (SCREEN_CHARACTERS.test(text) && NEEDS_FULL_PARSER.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  return isObject(data) ? data : undefined;
}
