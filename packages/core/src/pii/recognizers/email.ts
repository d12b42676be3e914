/**
 * EMAIL: found from each '@' outwards (never a regex with a leading character class over the whole
 * text, which is quadratic on long runs of local-part characters): the local part is walked back
 * (at most 64 characters), the domain matched with a sticky, bounded regex and required to end in
 * an alphabetic TLD.
 */
import type { Candidate, Recognizer, ScanText } from './recognizer.js';

const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

function isLocalChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 || // .
    code === 95 || // _
    code === 37 || // %
    code === 43 || // +
    code === 45 // -
  );
}

export const emailRecognizer: Recognizer = {
  type: 'EMAIL',
  find(scan: ScanText, out: Candidate[]): void {
    const text = scan.text;
    let at = text.indexOf('@');
    while (at !== -1) {
      let start = at;
      while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
      while (start < at && text.charCodeAt(start) === 46) start++; // no leading dot
      if (start < at) {
        DOMAIN.lastIndex = at + 1;
        const domain = DOMAIN.exec(text);
        if (domain !== null) {
          out.push({ type: 'EMAIL', start, end: at + 1 + domain[0].length, score: 1 });
          at = text.indexOf('@', at + 1 + domain[0].length);
          continue;
        }
      }
      at = text.indexOf('@', at + 1);
    }
  },
};
