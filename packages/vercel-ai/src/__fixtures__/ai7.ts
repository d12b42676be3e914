/** ai 7 and its mocks, re-exported so code outside this package (bench/) resolves them from here. */
export { generateText, wrapLanguageModel } from 'ai';
export { MockLanguageModelV4 } from 'ai/test';
