/**
 * IP_ADDRESS: dotted-quad IPv4 with octets 0–255 (no leading zeros, not part of a longer dotted
 * number such as a version string), and IPv6 in full, compressed, IPv4-embedded forms, found by
 * expanding around each ':' and validated by a small parser (the unspecified `::` and two-digit
 * compressed forms such as `a::b` are ignored).
 */
import {
  type Candidate,
  eachMatchNearDigits,
  isWordChar,
  type Recognizer,
  type ScanText,
} from './recognizer.js';

const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;

function validOctet(part: string): boolean {
  if (part.length > 1 && part.charCodeAt(0) === 48) return false;
  return Number(part) <= 255;
}

export function ipv4Valid(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && validOctet(part));
}

export function ipv6Valid(value: string): boolean {
  let body = value;
  let groupsNeeded = 8;
  const lastColon = body.lastIndexOf(':');
  if (body.indexOf('.', lastColon) !== -1) {
    if (!ipv4Valid(body.slice(lastColon + 1))) return false;
    // The dotted quad stands for two groups: one placeholder group, one fewer needed.
    body = `${body.slice(0, lastColon + 1)}0`;
    groupsNeeded = 7;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  let hexDigits = 0;
  for (const side of groups) {
    for (const group of side) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return false;
      hexDigits += group.length;
    }
  }
  const count = groups.reduce((sum, side) => sum + side.length, 0);
  if (halves.length === 1) return count === groupsNeeded;
  // Compressed: at least one group elided; ignore `::` and tiny forms like `a::b` (code, not IPs).
  return count < groupsNeeded && hexDigits >= 4 && count >= 2;
}

/** Per ASCII code: 1 for the characters of an address (hex digits, ':' and '.'). */
const IPV6_CHARS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const hex = (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
  if (hex || code === 58 || code === 46) IPV6_CHARS[code] = 1;
}

function isIpv6Char(code: number): boolean {
  // A table: this runs on both sides of every ':' of the text.
  return code < 128 && IPV6_CHARS[code] === 1;
}

/**
 * Without "::" an address has 7 colons (6 before an embedded IPv4 quad): times such as
 * "14:02:11" need no parsing.
 */
function mayBeIpv6(text: string, start: number, end: number): boolean {
  let colons = 0;
  for (let k = start; k < end; k++) {
    if (text.charCodeAt(k) !== 58) continue;
    if (text.charCodeAt(k + 1) === 58 && k + 1 < end) return true;
    colons++;
  }
  return colons >= 6;
}

function findIpv6(text: string, colons: readonly number[], out: Candidate[]): void {
  let next = 0; // colons before this offset were covered by the last run expanded
  for (const colon of colons) {
    if (colon < next) continue;
    // Every valid address holds a colon between two address characters (its groups are never
    // empty, and "::" touches at least one group), and expanding from any colon of a run of address
    // characters finds the same run: colons without an address character on both sides ("Note: …",
    // `"key": 1`) are skipped.
    if (!isIpv6Char(text.charCodeAt(colon - 1)) || !isIpv6Char(text.charCodeAt(colon + 1))) continue;
    let start = colon;
    let end = colon + 1;
    while (start > 0 && isIpv6Char(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isIpv6Char(text.charCodeAt(end))) end++;
    // Trim a sentence full stop or a trailing single colon ("at fe80::1.").
    while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 58)) {
      if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) === 58) break;
      end--;
    }
    const bounded =
      (start === 0 || !isWordChar(text.charCodeAt(start - 1))) &&
      (end >= text.length || !isWordChar(text.charCodeAt(end)));
    if (bounded && end - start >= 6 && mayBeIpv6(text, start, end) && ipv6Valid(text.slice(start, end))) {
      out.push({ type: 'IP_ADDRESS', start, end, score: 1 });
    }
    next = Math.max(end, colon + 1);
  }
}

/** A dotted quad: four digit runs joined by single dots. */
function mayHoldIpv4(scan: ScanText, firstRun: number, endRun: number): boolean {
  const runs = scan.digitRuns;
  const text = scan.text;
  let chain = 0;
  for (let r = firstRun; r < endRun; r++) {
    const start = runs[2 * r]!;
    const joined = r > firstRun && start - runs[2 * r - 1]! === 1 && text.charCodeAt(start - 1) === 46;
    chain = joined ? chain + 1 : 1;
    if (chain >= 4) return true;
  }
  return false;
}

export const ipAddressRecognizer: Recognizer = {
  type: 'IP_ADDRESS',
  find(scan: ScanText, out: Candidate[]): void {
    if (!scan.hasDigit) return;
    const text = scan.text;
    if (text.indexOf('.') !== -1) {
      eachMatchNearDigits(
        IPV4,
        scan,
        2,
        4,
        (match) => {
          const start = match.index;
          const end = start + match[0].length;
          const before = start > 0 ? text.charCodeAt(start - 1) : 0;
          const after = text.charCodeAt(end);
          if (isWordChar(before) || before === 46 || isWordChar(after)) return;
          if (after === 46 && /\d/.test(text.charAt(end + 1))) return; // 1.2.3.4.5
          if (ipv4Valid(match[0])) out.push({ type: 'IP_ADDRESS', start, end, score: 1 });
        },
        mayHoldIpv4,
      );
    }
    findIpv6(text, scan.colons, out);
  },
};
