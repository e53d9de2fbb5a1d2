/** Thins a line to the pixels it is drawn on, keeping each pixel column's lowest and highest point. */

export function downsample(points: [number, number][], columns: number): [number, number][] {
  if (points.length <= columns * 2) return points;
  const out: [number, number][] = [];
  let bucket: [number, number][] = [];
  let current = -1;
  const flush = () => {
    if (!bucket.length) return;
    let lo = bucket[0]!;
    let hi = bucket[0]!;
    for (const p of bucket) {
      if (p[1] < lo[1]) lo = p;
      if (p[1] > hi[1]) hi = p;
    }
    if (lo === hi) out.push(lo);
    else out.push(...(lo[0] < hi[0] ? [lo, hi] : [hi, lo]));
    bucket = [];
  };
  for (const p of points) {
    const col = Math.min(columns - 1, Math.floor(p[0] * columns));
    if (col !== current) {
      flush();
      current = col;
    }
    bucket.push(p);
  }
  flush();
  // Keep the true ends so the line starts and ends on the first and last values.
  if (out[0] !== points[0]) out.unshift(points[0]!);
  if (out[out.length - 1] !== points[points.length - 1]) out.push(points[points.length - 1]!);
  return out;
}
