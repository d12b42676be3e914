/**
 * What views draw: lines of segments with a semantic tone. Views map tones to colours (or to
 * nothing under NO_COLOR); models never know about the terminal library.
 */
export type Tone = 'normal' | 'dim' | 'bad' | 'warn' | 'good' | 'accent' | 'heading' | 'selected';

export interface Segment {
  text: string;
  tone?: Tone;
}

export type Line = Segment[];

export function line(text: string, tone?: Tone): Line {
  return [tone ? { text, tone } : { text }];
}

export function lineText(value: Line): string {
  return value.map((segment) => segment.text).join('');
}
