/** Column types for CSV data sets: each is a zod schema whose message says what a cell must hold. */
import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for YYYY-MM-DD strings naming a day that exists (no 2026-02-30, no month 13). */
const isCalendarDate = (s: string): boolean => {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** A real calendar date written YYYY-MM-DD; parsed to a UTC Date. */
export const isoDate = z
  .string()
  .refine(isCalendarDate, {
    message: 'a calendar date written YYYY-MM-DD',
  })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A calendar quarter written YYYYQn, e.g. 2025Q4; parsed to its label, year and quarter number. */
export const quarter = z
  .string()
  .refine((s) => /^\d{4}Q[1-4]$/.test(s), { message: 'a quarter written YYYYQn, such as 2025Q4' })
  .transform((s) => ({ label: s, year: Number(s.slice(0, 4)), q: Number(s.slice(5)) as 1 | 2 | 3 | 4 }));

/** A month YYYY-MM or a day YYYY-MM-DD, kept as written (sources give one or the other). */
export const monthOrDate = z
  .string()
  .refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || isCalendarDate(s), { message: 'a month YYYY-MM or a date YYYY-MM-DD' });

/** A UTC clock time written HH:MM. */
export const clockTime = z
  .string()
  .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), { message: 'a 24-hour time written HH:MM' });

/** A plain decimal number (no thousands separators, no units). */
export const decimal = z
  .string()
  .refine((s) => /^-?\d+(\.\d+)?$/.test(s), { message: 'a plain decimal number such as 6978.03' })
  .transform(Number);

/** A whole number. */
export const integer = z
  .string()
  .refine((s) => /^-?\d+$/.test(s), { message: 'a whole number such as 190' })
  .transform(Number);

/** Any non-empty text. */
export const text = z.string().min(1, { message: 'a non-empty value' });

/** One of the listed words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().refine((s): s is T[number] => (values as readonly string[]).includes(s), {
    message: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  }) as unknown as z.ZodType<T[number], string>;

/** A cell that may be empty; empty becomes null. */
export const optional = <T>(schema: z.ZodType<T, string>) =>
  z.string().transform((s, ctx): T | null => {
    if (s === '') return null;
    const r = schema.safeParse(s);
    if (r.success) return r.data;
    ctx.addIssue({ code: 'custom', message: `empty, or ${r.error.issues[0]?.message ?? 'a valid value'}` });
    return z.NEVER;
  });
