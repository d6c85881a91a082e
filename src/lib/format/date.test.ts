import { describe, expect, it } from 'vitest';
import { createMessages } from '../messages/messages.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { formatEdtfDate, htmlDatetime } from './date.ts';

/** The date as shown in `locale`. */
function shown(value: string, locale = 'en'): string {
  return formatEdtfDate(edtfDate(value), { messages: createMessages({ locale }) });
}

describe('formatEdtfDate', () => {
  it('writes a day in the order of the locale', () => {
    expect(shown('2022-03-25', 'en')).toBe('March 25, 2022');
    expect(shown('2022-03-25', 'en-GB')).toBe('25 March 2022');
    expect(shown('2022-03-25', 'de')).toBe('25. März 2022');
  });

  it('writes a month without a day', () => {
    expect(shown('2022-03')).toBe('March 2022');
  });

  it('writes a year alone', () => {
    expect(shown('2023')).toBe('2023');
  });

  it('says when a date is uncertain or approximate', () => {
    expect(shown('2023?')).toBe('2023 (uncertain)');
    expect(shown('2022-03-14~', 'en-GB')).toBe('around 14 March 2022');
    expect(shown('2022-03%')).toBe('around March 2022 (uncertain)');
  });

  it('writes an interval of months in the same year once with the year, closed up around the dash', () => {
    expect(shown('2025-03/2025-04')).toBe('March–April 2025');
  });

  it('writes an interval of days in one month once with the month', () => {
    expect(shown('2022-03-14/2022-03-20', 'en-GB')).toBe('14–20 March 2022');
  });

  it('writes an interval of days across months with plain spaces around the dash', () => {
    expect(shown('2022-03-25/2022-04-02', 'en-GB')).toBe('25 March – 2 April 2022');
  });

  it('writes an interval of years closed up', () => {
    expect(shown('2022/2023')).toBe('2022–2023');
  });

  it('writes an interval across years in full', () => {
    expect(shown('2021-12/2022-01')).toBe('December 2021 – January 2022');
  });

  it('writes each end of an interval with its own precision and qualifiers', () => {
    expect(shown('2022~/2023?')).toBe('around 2022 – 2023 (uncertain)');
    expect(shown('2022-03/2022-03-25', 'en-GB')).toBe('March 2022 – 25 March 2022');
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
    'does not shift a date across midnight in the time zone %s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(shown('2022-01-01', 'en-GB')).toBe('1 January 2022');
        expect(shown('2022-12', 'en-GB')).toBe('December 2022');
        expect(shown('2022', 'en-GB')).toBe('2022');
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});

describe('htmlDatetime', () => {
  it('writes the date at its precision for <time datetime>', () => {
    expect(htmlDatetime(edtfDate('2022-03-05'))).toBe('2022-03-05');
    expect(htmlDatetime(edtfDate('2022-03'))).toBe('2022-03');
    expect(htmlDatetime(edtfDate('2023?'))).toBe('2023');
  });

  it('writes the start of an interval', () => {
    expect(htmlDatetime(edtfDate('2025-03/2025-04'))).toBe('2025-03');
  });
});
