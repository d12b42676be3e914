// Public exports of the judge subsystem are listed here by its owner.

export {
  decideJudgeSampling,
  type JudgeSamplingDecision,
  type JudgeSamplingReason,
  traceSampleValue,
} from './judge-sampling.js';
