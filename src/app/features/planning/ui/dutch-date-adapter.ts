import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';

/**
 * Dates as Dutch schools write them: typed as d-m-yyyy (or d/m/yyyy, d.m.yyyy), shown as d-m-yyyy.
 * The native adapter only parses what `Date.parse` understands, which is not that.
 */
@Injectable()
export class DutchDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const dutch = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(value);
      if (dutch) {
        const [day, month, year] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
        const date = new Date(year, month - 1, day);
        return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : this.invalid();
      }
      const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
      if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
      if (value.trim() === '') return null;
      return this.invalid();
    }
    return super.parse(value, parseFormat);
  }

  override format(date: Date, displayFormat: object): string {
    const parts = displayFormat as Intl.DateTimeFormatOptions;
    const short = parts.day === 'numeric' && parts.month === 'numeric' && parts.year === 'numeric';
    return short && this.isValid(date) ? `${date.getDate()}-${date.getMonth() + 1}-${date.getFullYear()}` : super.format(date, displayFormat);
  }
}

/** yyyy-mm-dd of a local date, as the API wants it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
