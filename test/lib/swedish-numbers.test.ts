import { describe, expect, it } from 'vitest';
import { passageHasNumber, readFrequencies, readMonths, readNumbers, wordValue } from '../../src/lib/swedish-numbers';

describe('passageHasNumber: figures as Swedish documents write them', () => {
  it.each([
    ['400 000', 400000],
    ['Omsorgsnämnden ersätter Sionförsamlingen med 400 000 och IOGT-NTO med 300 000.', 300000],
    ['Summa totalt 470 000:-', 470000],
    ['Volontärer: 100% tjänst fördelat på många personer 400 000:-', 400000],
    ['400.000 kr', 400000],
    ['400\u00a0000 kr', 400000],
    ['400\u202f000 kr', 400000],
    ['Överenskommelsens ekonomiska omfattning är 4 232 475 kr per år.', 4232475],
    ['totalt 0,4 mnkr', 400000],
    ['1,2 miljoner kronor', 1200000],
    ['300 tkr per år', 300000],
    ['en miljon kronor', 1000000],
    ['två miljoner kronor', 2000000],
    ['1,5 miljarder', 1500000000],
    ['Uppsägningstiden ska vara sex (6) månader.', 6],
    ['sex månader', 6],
    ['Ett 25 tal besökare har regelbundet kommit', 25],
    ['ett 25-tal besökare', 25],
    ['Det sista året (2020) har 90 talet unika personer deltagit', 90],
    ['tjugofem deltagare', 25],
    ['trehundra familjer', 300],
    ['Antalet besökare varierar mellan 2-12 personer/dag.', 12],
    ['mellan 2 – 20 timmar i veckan', 20],
    ['0 kr till Linköpings domkyrkopastorat', 0],
    ['fem personer på Glyttinge camping', 5],
    ['tolv deltagare', 12],
  ])('finds the figure in "%s" (%d)', (passage, value) => {
    expect(passageHasNumber(passage, value)).toBe(true);
  });

  it.each([
    ['Ett 25 tal besökare', 1e15],
    ['Summa totalt 470 000:-', 469900],
    ['400 000 och 300 000', 700000],
    ['Uppsägningstiden ska vara sex (6) månader.', 3],
    ['0,4 mnkr', 4],
    ['Dnr ON 2018-229', 2018229],
  ])('does not find %d in "%s"', (passage, value) => {
    expect(passageHasNumber(passage, value)).toBe(false);
  });

  it('reads percentages as percentages', () => {
    expect(passageHasNumber('Anställda: 200% tjänst', 200, { percent: true })).toBe(true);
    expect(passageHasNumber('en andel på 12,5 procent', 12.5, { percent: true })).toBe(true);
    expect(passageHasNumber('33 % av besökarna', 33, { percent: true })).toBe(true);
    expect(passageHasNumber('33 besökare', 33, { percent: true })).toBe(false);
  });

  it('marks approximate figures', () => {
    const [n] = readNumbers('Ett 25 tal besökare').filter((r) => r.value === 25);
    expect(n?.approximate).toBe(true);
    expect(readNumbers('ca 90 personer').find((r) => r.value === 90)?.approximate).toBe(true);
    expect(readNumbers('exakt 90 personer').find((r) => r.value === 90)?.approximate).toBe(false);
  });
});

describe('number words', () => {
  it.each([
    ['sex', 6],
    ['ett', 1],
    ['tjugo', 20],
    ['fyrtiotvå', 42],
    ['hundra', 100],
    ['tvåhundrafemtio', 250],
    ['tretusen', 3000],
  ])('%s is %d', (word, value) => expect(wordValue(word)).toBe(value));

  it('leaves other words alone', () => {
    expect(wordValue('sexton')).toBe(16);
    expect(wordValue('sextant')).toBeUndefined();
    expect(wordValue('tusental')).toBeUndefined();
  });
});

describe('frequencies and months', () => {
  it.each([
    ['uppföljning sker årligen', [1]],
    ['Avstämning sker minst 1 gång/ år', [1]],
    ['två gånger per år, kvartal två och fyra', [2]],
    ['en gång i kvartalet', [4]],
  ])('reads "%s" as %j times a year', (text, expected) => expect(readFrequencies(text)).toEqual(expected));

  it('reads month names', () => {
    expect(readMonths('Ersättningen utbetalas i januari månad en gång per/år.')).toEqual([1]);
    expect(readMonths('två ggr/ år: oktober och april')).toEqual([4, 10]);
    expect(readMonths('Majoriteten av besökarna')).toEqual([]);
  });
});
