/** History: the comparison engine turned on time. Pure: digests in, changes out. */
export type { CellKey, SectionChanges, StanceChange, VersionChanges, VersionDigest } from './types';
export { digestOf, type DigestOptions } from './digest';
export { changesBetween } from './changes';
export { describeChange, ENGLISH_CHANGE_WORDING, type ChangePhrase, type ChangeWording } from './describe';
export { fnv1a } from './hash';
export { eventsOf, TRANSIENT_DAYS, type TimelineEvent, type TimelineVersion } from './timeline';
export { eventJson, formatHistoryMarkdown, formatHistoryText, type DocumentTimeline, type HistoryStats } from './history-report';
