import { afterEach, describe, expect, it } from 'vitest';
import { utcMidnight } from '../../src/lib/calendar-date.ts';
import { formatGregorian, formatHijri, formatMonthName, formatNumber, formatPeriod } from '../../src/lib/format/dates.ts';
import { ARTICLES, formatCount, MINUTES_OF_READING } from '../../src/lib/format/numbers.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('date formatting', () => {
  it('shows Gregorian dates in Arabic with Arabic-Indic or Latin digits', () => {
    expect(formatGregorian('2018-05-20')).toBe('الأحد، ٢٠ مايو ٢٠١٨');
    expect(formatGregorian('2018-05-20', 'latn')).toBe('الأحد، 20 مايو 2018');
  });

  it('shows the Umm al-Qura Hijri date', () => {
    expect(formatHijri('2018-05-20')).toBe('٥ رمضان ١٤٣٩ هـ');
  });

  it('formats numbers in the chosen digits', () => {
    expect(formatNumber(2018)).toBe('٢٠١٨');
    expect(formatNumber(2018, 'latn')).toBe('2018');
  });

  it('names archive periods', () => {
    expect(formatPeriod({ kind: 'year', year: 2018 })).toBe('٢٠١٨');
    expect(formatPeriod({ kind: 'month', year: 2018, month: 5 })).toBe('مايو ٢٠١٨');
    expect(formatPeriod({ kind: 'day', year: 2018, month: 5, day: 20 }, 'latn')).toBe('الأحد، 20 مايو 2018');
    expect(formatMonthName(12)).toBe('ديسمبر');
  });

  it('makes the noun agree with the count', () => {
    expect([0, 1, 2, 3, 10, 11, 100, 103].map((n) => formatCount(n, ARTICLES))).toEqual([
      'لا مقالات',
      'مقالة واحدة',
      'مقالتان',
      '٣ مقالات',
      '١٠ مقالات',
      '١١ مقالة',
      '١٠٠ مقالة',
      '١٠٣ مقالات',
    ]);
    expect(formatCount(5, MINUTES_OF_READING, 'latn')).toBe('5 دقائق قراءة');
  });

  it.each(['Asia/Riyadh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'never shifts the calendar day in time zone %s',
    (zone) => {
      process.env.TZ = zone;
      expect(utcMidnight('2018-05-20').toUTCString()).toBe('Sun, 20 May 2018 00:00:00 GMT');
      expect(formatGregorian('2018-05-20')).toBe('الأحد، ٢٠ مايو ٢٠١٨');
      expect(formatHijri('2018-05-20')).toBe('٥ رمضان ١٤٣٩ هـ');
    },
  );
});
