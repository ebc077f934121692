/** The scenario board's domain logic: pure functions of the plan and `now`. */
export * from './board';
export * from './board-csv';
export * from './board-timeline';
export * from './call-log';
export * from './call-order';
export * from './comparison-table';
export * from './compensation';
export * from './criteria';
export * from './deadline';
export { formatDate, formatDateTime, formatScore, formatScoreDelta, listNames, ordinal, plural, safeLocale } from './format';
export * from './labels';
export * from './likelihoods';
export * from './readiness';
export * from './recommendations';
export * from './scenarios';
export * from './timeline-fit';
export * from './what-would-flip';
export * from './zoned-date';
