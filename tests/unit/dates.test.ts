import { afterEach, describe, expect, it } from 'vitest';
import { utcMidnight } from '../../src/lib/calendar-date.ts';
import { formatGregorian, formatHijri, formatNumber } from '../../src/lib/format/dates.ts';

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
