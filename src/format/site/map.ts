import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { html, type Html } from './html.js';

// The world map, drawn once at generation time as SVG paths: no script, no tiles, no request.
// Data: Natural Earth 1:110m admin-0 countries as packaged by world-atlas; the projection is
// Equal Earth, so areas compare fairly.

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 468;

/** Names the data set on every map, with the caveat about borders. */
export const MAP_DATA_NOTE =
  'Map data: Natural Earth 1:110m admin-0 countries (version 4.1.0, public domain), packaged by world-atlas 2.0.2, drawn in the Equal Earth projection. ' +
  'Borders, including disputed ones, are drawn as Natural Earth draws them (de facto control); they imply no position on any dispute. ' +
  'Countries too small for this scale, and areas the data set does not code as a country, are not drawn; they are listed beside the map.';

/** Features that world-atlas gives no ISO numeric code, matched by their name in the data set. */
const UNCODED: Record<string, string> = { Kosovo: 'XK' };

interface Shape {
  code?: string;
  /** The data set's own name, for shapes with no code. */
  label: string;
  d: string;
}

interface WorldShapes {
  sphere: string;
  shapes: Shape[];
  drawn: ReadonlySet<string>;
}

let cached: WorldShapes | undefined;

function worldShapes(): WorldShapes {
  if (cached) return cached;
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const numericTo2 = new Map((require('i18n-iso-countries/codes.json') as string[][]).map(([alpha2, , numeric]) => [numeric!, alpha2!]));
  const projection = geoEqualEarth().fitExtent(
    [
      [1, 1],
      [MAP_WIDTH - 1, MAP_HEIGHT - 1],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection).digits(1);
  const collection = feature(topology, topology.objects.countries);
  const shapes: Shape[] = collection.features.map((f) => {
    const name = f.properties?.name ?? '';
    const code = f.id === undefined ? UNCODED[name] : numericTo2.get(String(f.id));
    return { code, label: name, d: path(f) ?? '' };
  });
  shapes.sort((a, b) => a.label.localeCompare(b.label, 'en'));
  cached = { sphere: path({ type: 'Sphere' }) ?? '', shapes, drawn: new Set(shapes.flatMap((s) => (s.code ? [s.code] : []))) };
  return cached;
}

/** True when the map draws the country with this alpha-2 code. */
export function isDrawn(code: string): boolean {
  return worldShapes().drawn.has(code);
}

export interface MapCountry {
  /** Records counted for the shade. */
  count: number;
  /** The accessible name and tooltip, e.g. "Pakistan: 1 agreement, 1 programme". */
  title: string;
  href: string;
}

export interface WorldMapInput {
  id: string;
  /** What the map shows, announced before its links. */
  label: string;
  countries: ReadonlyMap<string, MapCountry>;
  /** A country drawn in the highlight colour (a country page's own country). */
  highlight?: { code: string; title: string };
}

/** Shade classes 1-5 on a log scale, so one busy country does not wash out the rest. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0) return 0;
  if (max <= 1) return 5;
  return Math.min(5, 1 + Math.floor((4 * Math.log(count)) / Math.log(max)));
}

export function worldMap({ id, label, countries, highlight }: WorldMapInput): Html {
  const { sphere, shapes } = worldShapes();
  const max = Math.max(0, ...[...countries.values()].map((c) => c.count));
  const parts = shapes.map((shape) => {
    if (shape.code && shape.code === highlight?.code) {
      return html`<path class="shade-self" d="${shape.d}"><title>${highlight.title}</title></path>`;
    }
    const entry = shape.code ? countries.get(shape.code) : undefined;
    if (!entry) return html`<path class="shade-0" d="${shape.d}"/>`;
    return html`<a href="${entry.href}" aria-label="${entry.title}"><title>${entry.title}</title><path class="shade-${shadeOf(entry.count, max)}" d="${shape.d}"/></a>`;
  });
  return html`<svg class="world-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-labelledby="${id}-title"><title id="${id}-title">${label}</title><path class="sphere" d="${sphere}"/>${parts}</svg>`;
}

export interface LegendStep {
  shade: number;
  min: number;
  max: number;
}

/** The count ranges the shades stand for, for the legend; only shades in use. */
export function legendSteps(counts: readonly number[]): LegendStep[] {
  const max = Math.max(0, ...counts);
  const steps = new Map<number, LegendStep>();
  for (const count of counts) {
    if (count <= 0) continue;
    const shade = shadeOf(count, max);
    const step = steps.get(shade) ?? { shade, min: count, max: count };
    step.min = Math.min(step.min, count);
    step.max = Math.max(step.max, count);
    steps.set(shade, step);
  }
  return [...steps.values()].sort((a, b) => a.shade - b.shade);
}
