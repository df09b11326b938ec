/**
 * OFD AbbreviatedData (GB/T 33190 §9.3.2): S/M x y start, L x y line, Q x1 y1 x y quadratic,
 * B x1 y1 x2 y2 x y cubic, A rx ry angle large sweep x y elliptical arc, C close. Output is absolute
 * M/L/C/Z only, so renderers need nothing more than PDF's m/l/c/h.
 */
import type { PathCommand } from './types.js';

const ARITY: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };

export function parseAbbreviatedData(data: string): PathCommand[] {
  const tokens = data.trim().split(/[\s,]+/);
  const out: PathCommand[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  while (i < tokens.length) {
    const op = tokens[i++]!;
    const arity = ARITY[op];
    if (arity === undefined) continue; // unknown token: skip it rather than lose the whole path
    const n: number[] = [];
    for (let k = 0; k < arity; k++) n.push(Number(tokens[i++]));
    if (n.some((v) => !Number.isFinite(v))) break; // truncated data: keep what was complete
    switch (op) {
      case 'S':
      case 'M':
        [x, y] = [n[0]!, n[1]!];
        [startX, startY] = [x, y];
        out.push({ op: 'M', x, y });
        break;
      case 'L':
        [x, y] = [n[0]!, n[1]!];
        out.push({ op: 'L', x, y });
        break;
      case 'Q': {
        const [qx, qy, ex, ey] = n as [number, number, number, number];
        out.push({ op: 'C', x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: ex + (2 / 3) * (qx - ex), y2: ey + (2 / 3) * (qy - ey), x: ex, y: ey });
        [x, y] = [ex, ey];
        break;
      }
      case 'B':
        out.push({ op: 'C', x1: n[0]!, y1: n[1]!, x2: n[2]!, y2: n[3]!, x: n[4]!, y: n[5]! });
        [x, y] = [n[4]!, n[5]!];
        break;
      case 'A':
        out.push(...arcToCubics(x, y, n[0]!, n[1]!, n[2]!, n[3]! !== 0, n[4]! !== 0, n[5]!, n[6]!));
        [x, y] = [n[5]!, n[6]!];
        break;
      case 'C':
        out.push({ op: 'Z' });
        [x, y] = [startX, startY];
        break;
    }
  }
  return out;
}

/** SVG-style endpoint arc to cubic Béziers (W3C SVG implementation notes, F.6.5/F.6.6). */
function arcToCubics(x1: number, y1: number, rx: number, ry: number, angleDeg: number, large: boolean, sweep: boolean, x2: number, y2: number): PathCommand[] {
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [{ op: 'L', x: x2, y: y2 }];
  const phi = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy;
  const yp = -sin * dx + cos * dy;
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const den = rx * rx * yp * yp + ry * ry * xp * xp;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) coef = -coef;
  const cxp = (coef * rx * yp) / ry;
  const cyp = (-coef * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2)));
  const step = delta / segments;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const deriv = (t: number): [number, number] => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: PathCommand[] = [];
  let t = theta1;
  for (let s = 0; s < segments; s++) {
    const t2 = t + step;
    const [px, py] = point(t);
    const [qx, qy] = point(t2);
    const [dx1, dy1] = deriv(t);
    const [dx2, dy2] = deriv(t2);
    out.push({ op: 'C', x1: px + k * dx1, y1: py + k * dy1, x2: qx - k * dx2, y2: qy - k * dy2, x: qx, y: qy });
    t = t2;
  }
  // Land exactly on the stated end point so closing and following segments join without a gap.
  const last = out[out.length - 1] as { x: number; y: number };
  last.x = x2;
  last.y = y2;
  return out;
}
