/**
 * Statistics for the keuzemeting (choice shift): pure TypeScript, no dependencies, usable by the
 * server and the SPA alike. Every formula names its source in its JSDoc; every function is
 * unit-tested against independently computed values (contracts/test/statistics.test.ts).
 */
export {
  binomialCdf,
  binomialPmf,
  binomialUpperTail,
  erfc,
  lnGamma,
  normalCdf,
  normalQuantile,
  twoSidedZ,
} from './distributions';
export { clopperPearsonInterval, wilsonInterval, type Interval } from './proportions';
export {
  mcnemarExact,
  newcombePairedDifferenceCI,
  pairedOddsRatio,
  pairedTable,
  type McNemarResult,
  type PairedOddsRatio,
  type PairedTable,
} from './paired';
export { WILCOXON_EXACT_MAX_N, wilcoxonSignedRank, type WilcoxonResult } from './wilcoxon';
export {
  UNDECIDED,
  compareCategories,
  transitionMatrix,
  type CategoryPair,
  type TransitionMatrix,
} from './transitions';
export {
  missingDataBounds,
  type MissingDataBounds,
  type PrePostObservation,
  type ShareScenario,
} from './missing-data';
export {
  requiredSampleSize,
  type SampleSizeEffect,
  type SampleSizeInput,
  type SampleSizeResult,
} from './sample-size';
