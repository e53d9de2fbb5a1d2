// Exact decimal rounding and comparison, so that "shown with 2 decimals" means the cell rounded half away from zero to 2 decimals.

/** A number as a plain decimal string with no exponent: CSV cells as written, computed values to 15 significant digits. */
export function plain(x: string | number): string {
  if (typeof x === 'string') return x.trim().replace(/^\+/, '');
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const s = Math.abs(x) < 1e21 ? x.toPrecision(15) : String(x);
  if (!/e/i.test(s)) return s;
  // toPrecision gives an exponent for very small numbers: spell it out.
  return x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** Rounds a decimal to d places, half away from zero, on its digits (no binary floating point), e.g. ("6978.60", 1) -> "6978.6". */
export function roundTo(x: string | number, d: number): string {
  const s = plain(x);
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) throw new Error(`not a plain decimal: ${s}`);
  const neg = m[1] === '-';
  const int = m[2] || '0';
  const frac = m[3] ?? '';
  let digits = int + frac.padEnd(d, '0').slice(0, d);
  if (frac.length > d && frac[d]! >= '5') {
    // Add one unit in the last kept place, carrying.
    const arr = digits.split('').map(Number);
    let k = arr.length - 1;
    while (k >= 0) {
      if (arr[k]! < 9) {
        arr[k]!++;
        break;
      }
      arr[k] = 0;
      k--;
    }
    digits = (k < 0 ? '1' : '') + arr.join('');
  }
  const intPart = digits.slice(0, digits.length - d).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = d ? `.${digits.slice(digits.length - d)}` : '';
  const out = `${intPart}${fracPart}`;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Whether a shown value (its digits as written, d decimals) equals x rounded to d decimals. */
export function showsAs(shown: string, d: number, x: string | number): boolean {
  return roundTo(shown, d) === roundTo(x, d);
}

/** Number of decimals a shown number is written with ("6,978.60" -> 2, "16" -> 0). */
export function decimalsOf(shown: string): number {
  const i = shown.indexOf('.');
  return i < 0 ? 0 : shown.length - i - 1;
}
