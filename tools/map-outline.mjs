// Derives the desk's map outline (the coastline of East Java: Java's eastern part, Madura and the
// small islands) once, from Natural Earth's 1:10m land polygons (public domain), as packaged in
// TopoJSON by the npm package `world-atlas` (ISC). Not part of the build: run it again only to
// change the outline, and commit the result.
//
//   npm install --prefix /tmp/atlas world-atlas@2.0.2
//   node tools/map-outline.mjs /tmp/atlas/node_modules/world-atlas/land-10m.json > src/ui/desk/coast.path
//
// Output: one SVG path ("M x,y L x,y …", one subpath per stretch of coast) in the desk map's
// units: the box LAT -8.9…-6.7, LNG 110.8…116.3 drawn as 550×220, north up, the same linear
// projection as `domain::desk::map::to_map` (tests/map_outline.rs checks the file against it).
import { readFileSync } from 'node:fs';

const [LAT_MIN, LAT_MAX, LNG_MIN, LNG_MAX] = [-8.9, -6.7, 110.8, 116.3];
const [W, H] = [550, 220];
const TOLERANCE = 0.012; // degrees (about 1.3 km): plenty for a click-to-place map 550 units wide
const MIN_POINTS = 3; // drop islets drawn with fewer points than this after simplification

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/map-outline.mjs <world-atlas land-10m.json>');
  process.exit(2);
}
const topo = JSON.parse(readFileSync(file, 'utf8'));
const { scale, translate } = topo.transform;

// TopoJSON arcs: quantized, each point a delta from the previous one.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});

const inside = ([lng, lat]) => lng >= LNG_MIN && lng <= LNG_MAX && lat >= LAT_MIN && lat <= LAT_MAX;

// Split each arc into its runs of points inside the box (a crude clip: enough for a coastline).
const runs = [];
for (const arc of arcs) {
  let run = [];
  for (const p of arc) {
    if (inside(p)) run.push(p);
    else if (run.length) { runs.push(run); run = []; }
  }
  if (run.length) runs.push(run);
}

// Douglas-Peucker on plain degrees (the box is small and near the equator).
function simplify(points, tol) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let worst = 0, at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distance(points[i], a, b);
    if (d > worst) { worst = d; at = i; }
  }
  if (worst <= tol) return [a, b];
  return simplify(points.slice(0, at + 1), tol).slice(0, -1).concat(simplify(points.slice(at), tol));
}
function distance([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / len;
}

const toMap = ([lng, lat]) => [(lng - LNG_MIN) / (LNG_MAX - LNG_MIN) * W, (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * H];
const n = (v) => (Math.round(v * 10) / 10).toString();

const parts = [];
for (const run of runs) {
  const s = simplify(run, TOLERANCE);
  if (s.length < MIN_POINTS) continue;
  parts.push('M' + s.map((p) => toMap(p).map(n).join(',')).join('L'));
}
process.stdout.write(parts.join('') + '\n');
console.error(`${parts.length} stretches of coast, ${parts.join('').length} characters`);
