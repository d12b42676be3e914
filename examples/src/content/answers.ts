/**
 * How the demo's scripted writer answers: usually faithful to the retrieved article and following
 * the instruction, sometimes not — so the judge has real differences to find.
 */
import type { Article } from './knowledge-base.js';

export interface AnswerStyle {
  faithful: boolean;
  followsInstruction: boolean;
}

function sentences(text: string): string[] {
  return text.split(/(?<=\.)\s+/).filter(Boolean);
}

export function writeAnswer(articles: readonly Article[], instruction: string, style: AnswerStyle): string {
  const facts = articles.flatMap((a) => sentences(a.text)).slice(0, 3);
  if (!style.faithful) {
    // Plausible but unsupported claims: numbers and promises the articles never make.
    facts[0] = 'We have already issued a refund of 250 dollars and added three free months to your account.';
    if (facts.length > 1) facts[1] = 'Our engineering team fixed this permanently in release 9.4 last night.';
  }
  if (!style.followsInstruction) {
    return `Unfortunately this happens sometimes. ${facts.join(' ')} We also recommend reviewing your settings, checking the status page, reading the changelog and contacting us again if anything else comes up, because we are always happy to help with billing, technical and account questions of every kind.`;
  }
  if (/bullet/.test(instruction)) return facts.map((f) => `- ${f}`).join('\n');
  return facts.join(' ');
}
