import { describe, expect, it } from 'vitest';
import { found } from './__fixtures__/found.js';

describe('street address recognizer', () => {
  it('finds English-style street lines with their unit, city and post code', () => {
    expect(found('Send it to 221B Baker Street, London NW1 6XE please', 'STREET_ADDRESS')).toEqual([
      '221B Baker Street, London',
    ]);
    expect(found('Ship to 4589 40th St. Suite 603 Calgary AB today', 'STREET_ADDRESS')).toEqual([
      '4589 40th St. Suite 603',
    ]);
  });

  it('finds European street names with a house number', () => {
    expect(found('He lives at Holmevej 34, Aarhus', 'STREET_ADDRESS')).toEqual(['Holmevej 34, Aarhus']);
    expect(found('Michael lives at 55 ul. Podleśna 17', 'STREET_ADDRESS')).toEqual(['55 ul. Podleśna 17']);
    expect(found('Our office: Rue des Sartiaux 318', 'STREET_ADDRESS')).toEqual(['Rue des Sartiaux 318']);
  });

  it('finds a postal block on its own lines', () => {
    const block = '36 Kromwater 38\n Apt. 705\n Zoetermeer\n Poland 97724';
    expect(found(`Jordan Smith\n\n${block}\n51-16-34-25 office`, 'STREET_ADDRESS')).toEqual([block]);
  });

  it('finds P.O. boxes, military addresses and ZIP codes after a cue', () => {
    expect(found('mail to P.O. Box 101', 'STREET_ADDRESS')).toEqual(['P.O. Box 101']);
    expect(found('PSC 1083, Box 3672\nAPO AP 10176', 'STREET_ADDRESS').length).toBeGreaterThan(0);
    expect(found('my zip code is 37773', 'STREET_ADDRESS')).toEqual(['37773']);
    expect(found('we sold 37773 units', 'STREET_ADDRESS')).toEqual([]);
  });

  it('finds addresses inside brackets, beyond ASCII and next to punctuation', () => {
    expect(found('Letters go to (Rue de la Paix 12) now', 'STREET_ADDRESS')).toEqual(['Rue de la Paix 12']);
    expect(found('my address: 92 Eusebio Dávila 57', 'STREET_ADDRESS')).toEqual(['92 Eusebio Dávila 57']);
    expect(found('Send it to 12 Main St, or to Via Roma 5.', 'STREET_ADDRESS')).toEqual([
      '12 Main St',
      'Via Roma 5',
    ]);
    expect(found('apt12 and Apt. 7', 'STREET_ADDRESS')).toEqual(['apt12', 'Apt. 7']);
    expect(found('the zip code is 34710 İ', 'STREET_ADDRESS')).toEqual(['34710']);
    // Lower-case text (lower-casing changes nothing) that still holds a capital.
    expect(found('my address: 92 𝐀bc 57', 'STREET_ADDRESS')).toEqual(['92 𝐀bc 57']);
  });

  it('needs single spaces and word characters between a street word and its number', () => {
    expect(found('address: Calle, Mayor 5', 'STREET_ADDRESS')).toEqual([]);
    expect(found('my address: 92 Eusebio, Dávila 57', 'STREET_ADDRESS')).toEqual([]);
    expect(found('ship to 12  Main St', 'STREET_ADDRESS')).toEqual([]);
  });

  it('finds the longest forms, whose regex scan starts that far before the number checked', () => {
    expect(found('Mail it to P. O. Box 12 today', 'STREET_ADDRESS')).toEqual(['P. O. Box 12']);
    expect(found('Mail it to Unit 12345, Box 12 today', 'STREET_ADDRESS')).toEqual(['Unit 12345, Box 12']);
    expect(found('It is at APARTMENT #12 now', 'STREET_ADDRESS')).toEqual(['APARTMENT #12']);
    expect(found('He lives at HAUPTSTRASSE 12 now', 'STREET_ADDRESS')).toEqual(['HAUPTSTRASSE 12']);
  });

  it('finds every address of a kind in one window, up to its last number', () => {
    expect(found('Boxes: P.O. Box 12 and P.O. Box 14', 'STREET_ADDRESS')).toEqual([
      'P.O. Box 12',
      'P.O. Box 14',
    ]);
    expect(found('Zip 12345 or Zip 54321', 'STREET_ADDRESS')).toEqual(['12345', '54321']);
  });

  it('takes a leading street word at the very start of a window as a word start', () => {
    // The patterns run on the 48 characters before the first number: `\b` holds at their start.
    const text = `abcRue ${'A'.padEnd(20, 'a')} ${'B'.padEnd(22, 'b')} 12 was it`;
    expect(found(text, 'STREET_ADDRESS')).toEqual([text.slice(3, -7)]);
  });

  it('extends a street line over blanks before a comma or a unit, and stops at prose', () => {
    expect(found('Ship to 12 Main St  , Springfield today', 'STREET_ADDRESS')).toEqual([
      '12 Main St  , Springfield',
    ]);
    expect(found('Ship to 12 Main St\tApt 5 today', 'STREET_ADDRESS')).toEqual(['12 Main St\tApt 5']);
    expect(found('Ship to 12 Main St in the morning', 'STREET_ADDRESS')).toEqual(['12 Main St']);
  });

  it('finds a unit word before a space, a # or both, and not before two spaces', () => {
    expect(found('It is at Ste. #4 now', 'STREET_ADDRESS')).toEqual(['Ste. #4']);
    expect(found('It is at apt#12 now', 'STREET_ADDRESS')).toEqual(['apt#12']);
    expect(found('It is at Apt #12 now', 'STREET_ADDRESS')).toEqual(['Apt #12']);
    expect(found('It is at Apt  12 now', 'STREET_ADDRESS')).toEqual([]);
  });

  it('walks back over the letters of a street name beyond ASCII, apostrophes and hyphens', () => {
    expect(found('He lives at Ödegatan 5, Malmö', 'STREET_ADDRESS')).toEqual(['Ödegatan 5, Malmö']);
    expect(found("He lives at O'Neil-vej 3 now", 'STREET_ADDRESS')).toEqual(["O'Neil-vej 3"]);
  });

  it('finds a leading street word after punctuation inside a word, in any case', () => {
    expect(found('Write to x.Via Roma 5 soon', 'STREET_ADDRESS')).toEqual(['Via Roma 5']);
    expect(found('Write to (AVDA. de la Paz 12) soon', 'STREET_ADDRESS')).toEqual(['AVDA. de la Paz 12']);
  });

  it('takes a building number before a street only across capitalised words', () => {
    expect(found('at 7 Grand Old Via Roma 5 ok', 'STREET_ADDRESS')).toEqual(['7 Grand Old Via Roma 5']);
    expect(found('at 7 Grand old Via Roma 5 ok', 'STREET_ADDRESS')).toEqual(['Via Roma 5']);
    expect(found('He lives at 12 Ödeg Holmevej 34 now', 'STREET_ADDRESS')).toEqual(['12 Ödeg Holmevej 34']);
  });

  it('leaves numbers in ordinary prose alone', () => {
    expect(found('In 2019 Windows 10 shipped to 400 Million users', 'STREET_ADDRESS')).toEqual([]);
  });
});
