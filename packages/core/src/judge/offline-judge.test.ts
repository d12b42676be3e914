import { describe, expect, it } from 'vitest';
import { checkInstruction } from './instruction-checkers.js';
import { parseInstructions } from './instruction-parser.js';
import { detectLanguage } from './language.js';
import { createOfflineJudge } from './offline-judge.js';

const context = [
  'The Eiffel Tower is 330 metres tall and was completed in 1889 for the World Fair in Paris.',
  "Gustave Eiffel's company designed and built the tower.",
];

describe('createOfflineJudge: faithfulness', () => {
  const judge = createOfflineJudge();

  it('scores a supported answer above an unsupported one and names what is unsupported', async () => {
    const good = await judge.evaluate({
      question: 'How tall is the Eiffel Tower?',
      context,
      answer: 'The Eiffel Tower is 330 metres tall. It was completed in 1889.',
    });
    const bad = await judge.evaluate({
      question: 'How tall is the Eiffel Tower?',
      context,
      answer:
        'The Eiffel Tower is 450 metres tall. It was designed by Leonardo Bernini in 1925 and painted gold every spring.',
    });
    expect(good.faithfulness?.score).toBeGreaterThan(bad.faithfulness?.score ?? 1);
    expect(good.faithfulness?.hallucinated).toBe(false);
    expect(bad.faithfulness?.hallucinated).toBe(true);
    const evidence = bad.faithfulness?.evidence ?? [];
    expect(evidence[0]?.unsupportedNumbers).toEqual(['450']);
    expect(evidence[1]?.unsupportedNumbers).toEqual(['1925']);
    expect(evidence[1]?.unsupportedWords).toEqual(
      expect.arrayContaining(['leonardo', 'bernini', 'painted', 'gold']),
    );
  });

  it('leaves faithfulness and context relevance out without a context', async () => {
    const result = await judge.evaluate({ question: 'Tell me about the tower', answer: 'It is tall.' });
    expect(result.faithfulness).toBeUndefined();
    expect(result.contextRelevance).toBeUndefined();
    expect(result.answerRelevance).toBeDefined();
  });

  it('scores context relevance per chunk and a refusal as irrelevant', async () => {
    const result = await judge.evaluate({
      question: 'When was the Eiffel Tower completed?',
      context: [...context, 'Bananas are rich in potassium.'],
      answer: 'I cannot answer that from the given passages.',
    });
    expect(result.contextRelevance?.chunks[0]).toBeGreaterThan(result.contextRelevance?.chunks[2] ?? 1);
    expect(result.answerRelevance?.score).toBe(0);
  });
});

describe('instruction adherence', () => {
  const judge = createOfflineJudge();

  it('parses checkable instructions from a system prompt and checks them; the rest is not evaluable', async () => {
    const instructions =
      'You are a helpful assistant. Do not use any commas in your response. Answer with less than 20 words. Be friendly and warm.';
    const ok = await judge.evaluate({ answer: 'Paris is the capital of France.', instructions });
    expect(ok.instructionAdherence?.score).toBe(1);
    const bad = await judge.evaluate({
      answer:
        'Paris, the capital of France, is a lovely city with many museums, parks, cafes and old churches to visit on a sunny afternoon in spring.',
      instructions,
    });
    expect(bad.instructionAdherence?.score).toBe(0);
    expect(bad.instructionAdherence?.verdicts.map((v) => v.id)).toEqual([
      'punctuation:no_comma',
      'length_constraints:number_words',
    ]);
    const none = await judge.evaluate({ answer: 'Sure!', instructions: 'Be friendly and warm.' });
    expect(none.instructionAdherence).toBeUndefined();
  });

  it('checks JSON, bullets, forbidden words, case, placeholders and language', () => {
    expect(checkInstruction('```json\n{"a": 1}\n```', { id: 'detectable_format:json_format' })).toBe(true);
    expect(checkInstruction('{"a": 1', { id: 'detectable_format:json_format' })).toBe(false);
    expect(
      checkInstruction('* one\n* two\n- three', {
        id: 'detectable_format:number_bullet_lists',
        kwargs: { num_bullets: 3 },
      }),
    ).toBe(true);
    expect(
      checkInstruction('* one\n* two', {
        id: 'detectable_format:number_bullet_lists',
        kwargs: { num_bullets: 3 },
      }),
    ).toBe(false);
    expect(
      checkInstruction('The price is fair.', {
        id: 'keywords:forbidden_words',
        kwargs: { forbidden_words: ['price'] },
      }),
    ).toBe(false);
    expect(
      checkInstruction('the cat sat on the mat and it was happy', { id: 'change_case:english_lowercase' }),
    ).toBe(true);
    expect(
      checkInstruction('Dear [name], see you at [place].', {
        id: 'detectable_content:number_placeholders',
        kwargs: { num_placeholders: 2 },
      }),
    ).toBe(true);
    expect(
      checkInstruction('Das ist nicht die Antwort, die ich mit dir wollte.', {
        id: 'language:response_language',
        kwargs: { language: 'de' },
      }),
    ).toBe(true);
    expect(checkInstruction('anything', { id: 'unknown:kind' })).toBeUndefined();
    expect(checkInstruction('anything', { id: 'keywords:frequency', kwargs: {} })).toBeUndefined();
  });

  it('parses IFEval phrasing into arguments', () => {
    const parsed = parseInstructions(
      'Write a poem. Your response should contain at least 5 sentences. Include keywords "river", "stone" in the response. Your ENTIRE response should be in French language, no other language is allowed. Your answer must contain exactly 4 bullet points.',
    );
    expect(parsed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'length_constraints:number_sentences',
          kwargs: { relation: 'at least', num_sentences: 5 },
        }),
        expect.objectContaining({ id: 'keywords:existence', kwargs: { keywords: ['river', 'stone'] } }),
        expect.objectContaining({ id: 'language:response_language', kwargs: { language: 'fr' } }),
        expect.objectContaining({ id: 'detectable_format:number_bullet_lists', kwargs: { num_bullets: 4 } }),
      ]),
    );
  });

  it('detects languages by script and stopwords, and says unknown when unsure', () => {
    expect(detectLanguage('これは日本語の文章です。')).toBe('ja');
    expect(detectLanguage('Это предложение написано на русском языке.')).toBe('ru');
    expect(detectLanguage('The weather is nice and the sun is out today.')).toBe('en');
    expect(detectLanguage('ok')).toBeUndefined();
  });
});
