// The example site's numbers, read again from the five seed articles by hand and written down here
// independently of content/: a wrong value, bound, hedge or date precision in content/ fails this test.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatEdtfDate } from '../src/lib/format/date.ts';
import { formatFigureValue } from '../src/lib/format/number.ts';
import { createMessages } from '../src/lib/messages/messages.ts';

const en = createMessages({ locale: 'en-GB' });
const cwd = process.cwd();
const { site, problems } = checkContent({ dir: `${cwd}/content`, cwd });

/** [figure id, metric, as the site prints the number, as the site prints the date, the words in the text] */
const SEED_FIGURES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  // "Russia raises its estimate to 1,400 troops lost in Ukraine" (AP)
  ['ap-mod-killed', 'ru-killed', '1,351', '25 March 2022', '1,351 servicemen have died'],
  ['ap-mod-injured', 'ru-wounded', '3,825', '25 March 2022', '3,825 have been injured'],
  ['ap-russia-killed-march-2', 'ru-killed', 'about 500', '2 March 2022', 'almost 500 soldiers were killed'],
  ['ap-russia-wounded-march-2', 'ru-wounded', 'about 1,600', '2 March 2022', 'nearly 1,600 wounded'],
  ['ap-nato-killed', 'ru-killed', 'about 7,000–15,000', '23 March 2022', 'roughly 7,000 to 15,000'],
  [
    'ap-nato-casualties',
    'ru-losses',
    'up to 40,000',
    '23 March 2022',
    'up to 40,000 were dead, wounded, taken prisoner or missing',
  ],
  ['ap-troops-sent', 'ru-troops-committed', 'more than 150,000', '25 March 2022', 'more than 150,000 troops'],
  ['ap-foreign-volunteers', 'foreign-volunteers-russia', 'about 23,000', '25 March 2022', '23,000 or so'],
  ['ap-soviet-afghanistan', 'soviet-afghanistan-killed', 'about 15,000', 'around 1989', 'about 15,000 troops'],
  // NATO's estimate of 23 March (article of 24 March 2022)
  ['m23-russia-killed-march-2', 'ru-killed', '498', '2 March 2022', '498 Russian soldiers had been killed'],
  ['m23-pravda-killed', 'ru-killed', '9,861', '21 March 2022', '9,861 … have died'],
  ['m23-pravda-injured', 'ru-wounded', '16,153', '21 March 2022', '16,153 people were injured'],
  ['m23-nato-killed', 'ru-killed', '7,000–15,000', '23 March 2022', 'between 7,000 and 15,000'],
  ['m23-us-killed', 'ru-killed', 'more than 7,000', '14–20 March 2022', "'more than 7,000', as of last week"],
  // "NATO: Russia's 300,000 Soldier Casualties …" (undated)
  ['n300-ru-casualties', 'ru-casualties', '300,000', '2023 (uncertain)', 'the 300,000 Russian soldier casualties'],
  ['n300-ua-killed', 'ua-killed', '70,000–100,000', '2023 (uncertain)', 'between 70,000 to 100,000'],
  ['n300-ua-wounded', 'ua-wounded', 'more than 120,000', '2023 (uncertain)', 'over 120,000'],
  ['n300-ru-wounded', 'ru-wounded', '170,000–180,000', '2023 (uncertain)', 'between 170,000 to 180,000'],
  // A senior NATO official's briefing (undated; March–April 2025 inferred)
  ['n900-ru-casualties', 'ru-casualties', 'more than 900,000', 'March–April 2025', 'more than 900,000'],
  ['n900-ru-killed', 'ru-killed', '250,000', 'March–April 2025', 'of whom 250,000 have been killed'],
  ['n900-ru-casualty-rate', 'ru-casualty-rate', 'more than 1,000', 'March–April 2025', 'more than 1,000 people a day'],
  ['n900-ru-troops-kursk', 'ru-troops-kursk', 'about 70,000', 'March–April 2025', 'about 70,000'],
  ['n900-kp-troops-kursk', 'kp-troops-kursk', '11,000', 'March–April 2025', '11,000 in the region'],
  ['n900-kp-troops-training', 'kp-troops-training', '3,500', 'March–April 2025', '3,500 North Korean soldiers'],
  ['n900-kp-casualties', 'kp-casualties', '5,000', 'March–April 2025', 'serious losses - 5,000 people'],
  ['n900-kp-killed', 'kp-killed', '1,500', 'March–April 2025', 'of whom 1,500 were killed'],
  ['n900-ua-held-kursk', 'ua-held-kursk-area', 'less than 100', 'March–April 2025', 'less than 100 sq. km'],
  ['n900-ua-kursk-lost', 'ua-kursk-territory-lost', '90', 'March–April 2025', '90 percent of the territory'],
  // "NATO Secretary General: Russia's War in Ukraine a 'Strategic Failure'" (undated; attribution unverifiable)
  ['sf-ru-killed', 'ru-killed', '15,000–20,000', '24 February 2022 – 3 April 2023', 'an estimated 15,000–20,000'],
];

/** [figure id, the words in the text]: figures whose bound the text words as excluding the number itself. */
const STRICT_BOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['ap-troops-sent', 'more than 150,000 troops'],
  ['m23-us-killed', "'more than 7,000'"],
  ['n300-ua-wounded', 'over 120,000 Ukrainian soldiers'],
  ['n900-ru-casualties', 'more than 900,000 military personnel'],
  ['n900-ru-casualty-rate', 'more than 1,000 people a day'],
  ['n900-ua-held-kursk', 'less than 100 sq. km'],
];

/** Whom each text credits with each figure, as its own words show. */
const CREDITED: Readonly<Record<string, RegExp>> = {
  // AP: Rudskoy, "the Russian defence ministry's deputy head of the general staff", "said in a briefing"
  'ap-mod-killed': /^the Russian Ministry of Defence.*Rudskoy/,
  'ap-mod-injured': /^the Russian Ministry of Defence.*Rudskoy/,
  'ap-foreign-volunteers': /^the Russian Ministry of Defence.*Rudskoy/,
  // AP: "the last such update on March 2, when it [Russia] said …"
  'ap-russia-killed-march-2': /^Russia\b/,
  'ap-russia-wounded-march-2': /^Russia\b/,
  // AP: "NATO on Wednesday estimated …", "according to a senior NATO military official"
  'ap-nato-killed': /^NATO.*senior NATO military official/,
  'ap-nato-casualties': /^NATO.*senior NATO military official/,
  // AP, in its own voice
  'ap-troops-sent': /^The Associated Press/,
  'ap-soviet-afghanistan': /^The Associated Press/,
  // Article of 24 March: "published … by Russia"; "Komsomolskaya Pravda … 'According to the Ministry of Defence …'"
  'm23-russia-killed-march-2': /^Russia\b/,
  'm23-pravda-killed': /^Komsomolskaya Pravda.*Ministry of Defence/,
  'm23-pravda-injured': /^Komsomolskaya Pravda.*Ministry of Defence/,
  // "an anonymous NATO official revealed …"; "The estimate [by American intelligence], cited in The New York Times"
  'm23-nato-killed': /^NATO.*anonymous senior NATO military official/,
  'm23-us-killed': /^US intelligence.*The New York Times/,
  // "300,000" article: the number under NATO's name; "The New York Times reported that Ukraine lost …" and the
  // wounded figures that follow in the same comparison
  'n300-ru-casualties': /^NATO, as the article attributes it/,
  'n300-ua-killed': /^The New York Times/,
  'n300-ua-wounded': /^The New York Times/,
  'n300-ru-wounded': /^The New York Times/,
  // The 2025 briefing: "NATO data", "NATO sources", "the Alliance", "NATO has information", "NATO information", and
  // figures in the article's voice within its account of the briefing
  'n900-ru-casualties': /^NATO/,
  'n900-ru-killed': /^NATO/,
  'n900-ru-casualty-rate': /^NATO sources/,
  'n900-ru-troops-kursk': /^NATO.*the Alliance/,
  'n900-kp-troops-kursk': /^NATO.*briefing/,
  'n900-kp-troops-training': /^NATO.*NATO has information/,
  'n900-kp-casualties': /^NATO.*briefing/,
  'n900-kp-killed': /^NATO.*briefing/,
  'n900-ua-held-kursk': /^NATO.*NATO information/,
  'n900-ua-kursk-lost': /^NATO.*briefing/,
  // "Stoltenberg said that …, with an estimated 15,000–20,000 Russian troops killed" (reported speech, unverifiable)
  'sf-ru-killed': /^Jens Stoltenberg.*unverified/,
};

describe('the example site', () => {
  it('passes the checker with one intended warning: the ministry’s 1,351 is below an earlier count', () => {
    expect(site).toBeDefined();
    expect(problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.file}:${problem.line}`)).toEqual([
      'warning count-falls content/sources/ap-russia-raises-estimate.md:8',
    ]);
  });

  it('records every figure the seed articles state, and no other', () => {
    expect(site?.figures.map((figure) => figure.id).sort()).toEqual(SEED_FIGURES.map(([id]) => id).sort());
  });

  for (const [id, metric, number, date, words] of SEED_FIGURES) {
    it(`prints ${id} as "${number}" as of ${date} (the text: "${words}")`, () => {
      const figure = site?.figureById.get(id);
      expect(figure?.metric).toBe(metric);
      if (!figure) return;
      expect(formatFigureValue(figure, { messages: en })).toBe(number);
      expect(formatEdtfDate(figure.date, { messages: en })).toBe(date);
    });
  }

  it('has at least eight claims, each with a verdict from the scale', () => {
    expect(site?.claims.length).toBeGreaterThanOrEqual(8);
    for (const claim of site?.claims ?? []) expect(site?.ratingById.has(claim.verdict)).toBe(true);
  });

  it('keeps killed and wounded as parts of the killed-or-wounded totals, and all of them as parts of the widest count', () => {
    // AP: "up to 40,000 were dead, wounded, taken prisoner or missing"; the 2025 briefing: "lost more than 900,000 …,
    // of whom 250,000 have been killed" and "lose more than 1,000 people a day - killed and wounded".
    expect(site?.metricById.get('ru-killed')?.partOf).toEqual(['ru-casualties', 'ru-losses']);
    expect(site?.metricById.get('ru-wounded')?.partOf).toEqual(['ru-casualties', 'ru-losses']);
    expect(site?.metricById.get('ru-casualties')?.partOf).toEqual(['ru-losses']);
    expect(site?.metricById.get('ru-casualties')?.parts).toEqual(['ru-killed', 'ru-wounded']);
    expect(site?.metricById.get('ru-losses')?.parts).toEqual(['ru-casualties', 'ru-killed', 'ru-wounded']);
    expect(site?.metricById.get('ru-losses')?.label).toMatch(/killed, wounded, captured or missing/);
    expect(site?.metricById.get('ru-casualties')?.label).toMatch(/killed or wounded/);
    for (const metric of site?.metrics ?? []) expect(metric.label, metric.id).not.toMatch(/all losses/i);
  });

  it('records "more than", "over" and "less than" as strict bounds', () => {
    for (const [id, words] of STRICT_BOUNDS) {
      expect(site?.figureById.get(id)?.bound, `${id}: "${words}"`).toBe('strict');
    }
    const strict = site?.figures.filter((figure) => figure.bound === 'strict').map((figure) => figure.id);
    expect(strict?.sort()).toEqual(STRICT_BOUNDS.map(([id]) => id).sort());
  });

  it('names in `by` whom the text credits with each figure', () => {
    expect(site?.figures.map((figure) => figure.id).sort()).toEqual(Object.keys(CREDITED).sort());
    // `by` names who, plainly; `attribution` says how the text credits them. Read together, they match the text.
    for (const figure of site?.figures ?? []) {
      expect([figure.by, figure.attribution].filter(Boolean).join(', '), figure.id).toMatch(
        CREDITED[figure.id] ?? /^$/,
      );
    }
  });

  it('counts one estimate reported by two articles once', () => {
    // NATO's range: "between 7,000 and 15,000" (article of 24 March) and "roughly 7,000 to 15,000" (AP);
    // Russia's update of 2 March: "498" (article of 24 March) and "almost 500" (AP).
    expect(site?.figureById.get('ap-nato-killed')?.estimate).toBe('m23-nato-killed');
    expect(site?.figureById.get('ap-russia-killed-march-2')?.estimate).toBe('m23-russia-killed-march-2');
    const shared = site?.figures.filter((figure) => figure.estimate !== figure.id).map((figure) => figure.id);
    expect(shared?.sort()).toEqual(['ap-nato-killed', 'ap-russia-killed-march-2']);
  });

  it('rests no date on the year the least reliable article gives', () => {
    // Only the undated, unsigned "300,000" article states a year ("February 2022"); the 2022 dates of the other
    // articles come from the weekdays the AP gives and outside knowledge, and their notes say so.
    for (const source of ['ap-russia-raises-estimate', 'nato-estimate-23-march']) {
      const note = site?.sourceById.get(source)?.dateNote ?? '';
      expect(note, source).toMatch(/outside knowledge/);
      expect(note, source).toMatch(/Wednesday/);
      expect(note, source).toMatch(/does not rest on it/);
    }
  });

  it('marks the unverifiable attribution and every inferred date in the content', () => {
    expect(site?.sourceById.get('stoltenberg-strategic-failure')?.note).toMatch(/cannot be verified/i);
    for (const figure of site?.figures ?? []) {
      const undatedSource = !site?.sourceById.get(figure.source)?.published?.match(/^\d{4}-\d{2}-\d{2}$/);
      if (undatedSource) expect(figure.dateNote, figure.id).toBeTruthy();
    }
  });
});
