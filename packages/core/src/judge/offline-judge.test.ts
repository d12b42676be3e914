import { describe, expect, it } from 'vitest';
import { faithfulnessFeatures, normaliseNumbers } from './faithfulness-features.js';
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

describe('faithfulness features', () => {
  const judge = createOfflineJudge();

  it('compares times and number words as digits', () => {
    expect(normaliseNumbers('open 11 am to 7:30 p.m., twenty-nine states, noon')).toBe(
      'open 11:00 to 19:30, 29 states, 12:00',
    );
    const { sentences } = faithfulnessFeatures(
      'Open daily from 11:0 to 17:0. Twenty-nine states agreed.',
      'It opens at 11 am and closes at 5 pm. 29 states agreed. It closes at 7 pm on Fridays.',
    );
    expect(sentences.map((s) => s.unsupportedNumbers)).toEqual([[], [], ['19']]);
  });

  it("does not count discourse words or the question's own words as unsupported claims", () => {
    const { features } = faithfulnessFeatures(
      'The Eiffel Tower is 330 metres tall.',
      'Based on the provided passages, the Eiffel Tower is 330 metres tall.',
      { question: 'What is the height of the Eiffel Tower?' },
    );
    expect(features.task).toBe('qa');
    expect(features.unsupported).toBe(0);
    const leaked = faithfulnessFeatures(
      'The Eiffel Tower is 330 metres tall.',
      'The tower is 330 metres tall and painted gold.',
    );
    expect(leaked.features.task).toBe('summary');
    expect(leaked.features.unsupported).toBe(2);
  });

  it('finds structured fields an answer contradicts and weekdays the hours omit', async () => {
    const context = JSON.stringify({
      name: "Tinker's Burgers",
      hours: { Monday: '11:0-17:0', Tuesday: '11:0-17:0', Saturday: '10:0-14:0' },
      attributes: {
        // "restaurants" names three fields, so it does not identify any of them.
        RestaurantsReservations: false,
        RestaurantsTakeOut: true,
        RestaurantsGoodForGroups: true,
        OutdoorSeating: true,
        WiFi: 'no',
        BusinessParking: { valet: false, street: true, lot: false },
      },
    });
    const faithful = await judge.evaluate({
      context,
      answer:
        "Tinker's Burgers opens Monday and Tuesday from 11 am to 5 pm and Saturday from 10 am to 2 pm. It has outdoor seating and street parking, but it does not take reservations and valet parking is not available.",
    });
    const unfaithful = await judge.evaluate({
      context,
      answer:
        "Tinker's Burgers is open Monday to Saturday from 11 am to 7 pm. It takes reservations and offers free WiFi, but outdoor seating is not available. Parking is in the lot.",
    });
    expect(faithful.faithfulness?.evidence.flatMap((e) => e.contradictedFields ?? [])).toEqual([]);
    const contradicted = unfaithful.faithfulness?.evidence.flatMap((e) => e.contradictedFields ?? []);
    expect(contradicted).toEqual(
      expect.arrayContaining(['wednesday', 'thursday', 'friday', 'reserv', 'wi fi', 'outdoor seat', 'lot']),
    );
    expect(unfaithful.faithfulness?.evidence[0]?.unsupportedNumbers).toEqual(['19']);
    expect(unfaithful.faithfulness?.explanation).toContain('data2txt model');
    expect(faithful.faithfulness?.score).toBeGreaterThan(unfaithful.faithfulness?.score ?? 1);
    expect(unfaithful.faithfulness?.hallucinated).toBe(true);
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

  it('reads keyword lists with an Oxford comma and ignores a quoted passage', () => {
    expect(
      parseInstructions('Write me a letter. I want it to include the words trust, brand, law, and unusable.'),
    ).toContainEqual(
      expect.objectContaining({
        id: 'keywords:existence',
        kwargs: { keywords: ['trust', 'brand', 'law', 'unusable'] },
      }),
    );
    expect(
      parseInstructions(
        'Please also include the keywords "ink" and "memoirs" in the sentence: "The main points to consider are these ones"',
      ),
    ).toContainEqual(
      expect.objectContaining({ id: 'keywords:existence', kwargs: { keywords: ['ink', 'memoirs'] } }),
    );
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
