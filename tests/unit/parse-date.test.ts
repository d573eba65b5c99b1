import { describe, expect, it } from 'vitest';
import { latestPlausibleDate } from '../../src/lib/calendar-date.ts';
import { parseDateLine } from '../../src/lib/ingest/parse-date.ts';
import { today } from './helpers.ts';

const dateOf = (line: string) => {
  const result = parseDateLine(line, { today });
  return result.found ? result.date : 'not found';
};
const codesOf = (line: string) => {
  const result = parseDateLine(line, { today });
  return result.found ? result.problems.map((problem) => problem.code) : ['not found'];
};

describe('parseDateLine', () => {
  it.each([
    ['الأحد، ٢٠ مايو ٢٠١٨', '2018-05-20'],
    ['٢٠ مايو ٢٠١٨', '2018-05-20'],
    ['الأحد 20 مايو 2018', '2018-05-20'],
    ['۲۰ مایو ۲۰۱۸'.replace('مایو', 'مايو'), '2018-05-20'],
    ['الأحد، 2٠ مايو ٢0١8', '2018-05-20'],
    ['٧ إبريل ٢٠١٩', '2019-04-07'],
    ['٧ ابريل ٢٠١٩', '2019-04-07'],
    ['٧ أبريل ٢٠١٩', '2019-04-07'],
    ['١٢ يونيه ٢٠١٩', '2019-06-12'],
    ['١٢ يوليه ٢٠١٩', '2019-07-12'],
    ['١٢ اغسطس ٢٠١٩', '2019-08-12'],
  ])('reads Egyptian/Gulf month names and any digits: %s', (line, expected) => {
    expect(dateOf(line)).toBe(expected);
  });

  it.each([
    ['١ كانون الثاني ٢٠١٧', '2017-01-01'],
    ['٢ شباط ٢٠١٧', '2017-02-02'],
    ['٣ آذار ٢٠١٧', '2017-03-03'],
    ['٤ نيسان ٢٠١٧', '2017-04-04'],
    ['الثلاثاء، ١٥ أيار ٢٠١٨', '2018-05-15'],
    ['٦ حزيران ٢٠١٧', '2017-06-06'],
    ['٧ تموز ٢٠١٧', '2017-07-07'],
    ['٨ آب ٢٠١٧', '2017-08-08'],
    ['٩ أيلول ٢٠١٧', '2017-09-09'],
    ['١٠ تشرين الأول ٢٠١٧', '2017-10-10'],
    ['١١ تشرين الثاني ٢٠١٧', '2017-11-11'],
    ['١٢ كانون الأول ٢٠١٧', '2017-12-12'],
  ])('reads Levantine/Iraqi month names: %s', (line, expected) => {
    expect(dateOf(line)).toBe(expected);
  });

  it.each([
    ['1 جانفي 2017', '2017-01-01'],
    ['2 فيفري 2017', '2017-02-02'],
    ['3 مارس 2017', '2017-03-03'],
    ['4 أفريل 2017', '2017-04-04'],
    ['5 ماي 2017', '2017-05-05'],
    ['6 جوان 2017', '2017-06-06'],
    ['7 جويلية 2017', '2017-07-07'],
    ['8 أوت 2017', '2017-08-08'],
    ['9 سبتمبر 2017', '2017-09-09'],
    ['10 أكتوبر 2017', '2017-10-10'],
    ['11 نوفمبر 2017', '2017-11-11'],
    ['12 ديسمبر 2017', '2017-12-12'],
  ])('reads Maghrebi month names: %s', (line, expected) => {
    expect(dateOf(line)).toBe(expected);
  });

  it.each([
    ['٢٠ أيار/مايو ٢٠١٨', '2018-05-20'],
    ['٢٠ مايو (أيار) ٢٠١٨', '2018-05-20'],
    ['الأحد ٢٠ - أيار - ٢٠١٨', '2018-05-20'],
    ['2019-03-07', '2019-03-07'],
    ['الخميس 2019-03-07', '2019-03-07'],
    ['20/05/2018', '2018-05-20'],
    ['20-05-2018', '2018-05-20'],
    ['الأحد، 20 مايو 2018 - 10:35 ص', '2018-05-20'],
    ['الأحد، ٢٠ مايو ٢٠١٨ الموافق ٥ رمضان ١٤٣٩ هـ', '2018-05-20'],
    ['١٤٣٩/٩/٥ هـ الموافق ٢٠/٥/٢٠١٨', '2018-05-20'],
  ])('reads separators, paired names, numeric forms, times and Hijri dates: %s', (line, expected) => {
    expect(dateOf(line)).toBe(expected);
  });

  it('does not take other lines for dates', () => {
    expect(dateOf('أخبار عربية ودولية')).toBe('not found');
    expect(dateOf('يوم ما من أيام الصيف')).toBe('not found');
  });

  it('warns when the weekday contradicts the date, and keeps the date', () => {
    expect(codesOf('الاثنين، ٢٠ مايو ٢٠١٨')).toEqual(['weekday-mismatch']);
    expect(dateOf('الاثنين، ٢٠ مايو ٢٠١٨')).toBe('2018-05-20');
    expect(codesOf('الإثنين، ٢١ مايو ٢٠١٨')).toEqual([]);
  });

  it('warns when paired month names disagree', () => {
    expect(codesOf('٢٠ أيار/يونيو ٢٠١٨')).toEqual(['month-pair-mismatch']);
  });

  it('rejects impossible and implausible dates', () => {
    expect(codesOf('٣١ فبراير ٢٠١٨')).toEqual(['impossible-date']);
    expect(codesOf('٢٩ فبراير ٢٠١٩')).toEqual(['impossible-date']);
    expect(dateOf('٢٩ فبراير ٢٠٢٠')).toBe('2020-02-29');
    expect(codesOf('١ يناير ١٨٩٩')).toEqual(['implausible-date']);
    expect(codesOf('٢ يناير ٢٠٢٦')).toEqual(['implausible-date']);
    expect(dateOf('١ يناير ٢٠٢٦')).toBe(today);
  });
});

describe('the latest plausible date', () => {
  // 2026-03-10 00:30 in Riyadh (UTC+3) is 2026-03-09 21:30 UTC: this morning's news there is dated the 10th.
  const riyadhAfterMidnight = new Date(Date.UTC(2026, 2, 9, 21, 30));

  it('accepts an article dated today in Riyadh in the hours after its midnight', () => {
    const latest = latestPlausibleDate(riyadhAfterMidnight);
    expect(parseDateLine('الثلاثاء، ١٠ مارس ٢٠٢٦', { today: latest })).toMatchObject({ date: '2026-03-10', problems: [] });
  });

  it('is the day that has begun in UTC+14 and no later', () => {
    expect(latestPlausibleDate(new Date(Date.UTC(2026, 2, 9, 9, 59)))).toBe('2026-03-09');
    expect(latestPlausibleDate(new Date(Date.UTC(2026, 2, 9, 10, 0)))).toBe('2026-03-10');
    expect(parseDateLine('١١ مارس ٢٠٢٦', { today: latestPlausibleDate(riyadhAfterMidnight) })).toMatchObject({
      problems: [{ code: 'implausible-date' }],
    });
  });
});
