/**
 * URL_CREDENTIALS: the `user:password` part of `scheme://user:password@host` (database and broker
 * connection strings included) and the value of credential-bearing query parameters
 * (`?token=…`, `&api_key=…`, `&X-Amz-Signature=…`). Only the credential is masked, so the host
 * and path stay readable.
 */
import { type Candidate, eachMatch, type Recognizer, type ScanText } from './recognizer.js';

const USERINFO = /[^\s:@/?#"'<>]{0,128}:[^\s@/?#"'<>]{1,256}@/y;
const QUERY_SECRET =
  /[?&](?:access_token|refresh_token|id_token|token|auth|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-credential|x-goog-signature|code)=([^&\s#"'<>]{6,})/gi;

export const urlCredentialsRecognizer: Recognizer = {
  type: 'URL_CREDENTIALS',
  find(scan: ScanText, out: Candidate[]): void {
    const text = scan.text;
    // Both kinds need a "://" ('/' is rare, so this costs less than visiting every colon).
    if (text.indexOf('//') === -1) return;
    // From the colons the scan lists already (two "://" are at least three characters apart).
    let schemes = 0;
    for (const at of scan.colons) {
      if (text.charCodeAt(at + 1) !== 47 || text.charCodeAt(at + 2) !== 47) continue;
      schemes++;
      USERINFO.lastIndex = at + 3;
      const match = USERINFO.exec(text);
      if (match !== null) {
        out.push({ type: 'URL_CREDENTIALS', start: at + 3, end: at + 3 + match[0].length - 1, score: 1 });
      }
    }
    if (schemes === 0 || text.indexOf('=') === -1) return;
    eachMatch(QUERY_SECRET, text, (query) => {
      const value = query[1] ?? '';
      const end = query.index + query[0].length;
      out.push({ type: 'URL_CREDENTIALS', start: end - value.length, end, score: 0.9 });
    });
  },
};
