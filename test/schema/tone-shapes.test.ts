import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TONE_PATHS } from '../../packages/components/dist/styles/tone.js';
import { toneShapeStyles } from '../../packages/components/dist/styles/tone-shape.js';

// The heatmap draws each tone's shape with a CSS clip path; everywhere else it is an SVG. Both must
// show the same shape, so a person who learnt the star, tick, triangle and cross in the audit reads
// the heatmap the same way.

type Point = [number, number];

/** The outlines of an SVG path of straight lines (M, L, H, V, Z, absolute or relative). */
function outlinesOfPath(d: string): Point[][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+/g)!;
  const outlines: Point[][] = [];
  let current: Point[] = [];
  let at: Point = [0, 0];
  let start: Point = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length;) {
    if (/[A-Za-z]/.test(tokens[i]!)) command = tokens[i++]!;
    const n = () => Number(tokens[i++]);
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M': {
        const [x, y] = [n(), n()];
        at = relative ? [at[0] + x, at[1] + y] : [x, y];
        start = at;
        current = [at];
        outlines.push(current);
        command = relative ? 'l' : 'L'; // further pairs are lines
        break;
      }
      case 'L': {
        const [x, y] = [n(), n()];
        at = relative ? [at[0] + x, at[1] + y] : [x, y];
        current.push(at);
        break;
      }
      case 'H': {
        const x = n();
        at = [relative ? at[0] + x : x, at[1]];
        current.push(at);
        break;
      }
      case 'V': {
        const y = n();
        at = [at[0], relative ? at[1] + y : y];
        current.push(at);
        break;
      }
      case 'Z':
        at = start;
        break;
      default:
        throw new Error(`path command ${command} is not a straight line`);
    }
  }
  return outlines.map((points) => points.map(([x, y]) => [round(x), round(y)] as Point));
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The outlines of a tone's `polygon()`: the ring split where it comes back to its first point. */
function outlinesOfPolygon(tone: string): { evenodd: boolean; outlines: Point[][] } {
  const css = toneShapeStyles.cssText.replace(/\s+/g, ' ');
  const match = new RegExp(`\\.tone--${tone} \\{ --_tone-shape: polygon\\(([^)]*)\\); \\}`).exec(css);
  assert.ok(match, `no polygon for ${tone}`);
  let body = match[1]!.trim();
  const evenodd = body.startsWith('evenodd,');
  if (evenodd) body = body.slice('evenodd,'.length);
  const ring = body.split(',').map(
    (pair) =>
      pair
        .trim()
        .split(' ')
        .map((p) => round((parseFloat(p) / 100) * 24)) as Point,
  );
  const same = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
  const first = ring[0]!;
  const outlines: Point[][] = [[]];
  for (const point of ring) {
    if (same(point, first) && outlines.at(-1)!.length) outlines.push([]);
    else if (!same(point, first) || !outlines.at(-1)!.length) outlines.at(-1)!.push(point);
  }
  // The ring: outline (closed by its first point), then per hole: the hole, closed by its first
  // point, and the way back to the outline's first point.
  const [outline, ...bridged] = outlines.filter((points) => points.length);
  const holes = bridged.map((hole) => hole.slice(0, -1));
  return { evenodd, outlines: [[first, ...outline!.slice(1)], ...holes] };
}

describe('tone shapes', () => {
  for (const [tone, d] of Object.entries(TONE_PATHS)) {
    it(`the heatmap's CSS ${tone} shape is the SVG icon's, point for point`, () => {
      // The outline first, then its holes in any order.
      const ordered = ([outline, ...holes]: Point[][]) => [outline!, ...holes.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))];
      const path = ordered(outlinesOfPath(d));
      const polygon = { ...outlinesOfPolygon(tone) };
      polygon.outlines = ordered(polygon.outlines);
      const near = (a: Point[][], b: Point[][]) =>
        a.length === b.length &&
        a.every((points, i) => points.length === b[i]!.length && points.every((p, j) => Math.abs(p[0] - b[i]![j]![0]) < 0.01 && Math.abs(p[1] - b[i]![j]![1]) < 0.01));
      assert.ok(near(polygon.outlines, path), `${tone}: polygon ${JSON.stringify(polygon.outlines)} is not the path ${JSON.stringify(path)}`);
      assert.equal(polygon.evenodd, path.length > 1, 'holes need the even-odd rule');
    });
  }
});
