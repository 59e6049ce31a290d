/** History: the comparison engine turned on time. Pure: digests in, changes out. */
export type { CellKey, SectionChanges, StanceChange, VersionChanges, VersionDigest } from './types';
export { digestOf } from './digest';
export { changesBetween } from './changes';
export { describeChange } from './describe';
export { fnv1a } from './hash';
