import { DATA_TYPES, type DataType, type SummaryValue } from '../nlp/types';

/** A difference between regions worth reading first, in one sentence. */
export interface KeyDifference {
  types: DataType[];
  /** "identifier" when the difference is in faceprints/voiceprints rather than in the type at large. */
  aspect: 'identifier' | 'type';
  text: string;
  cells: Record<string, SummaryValue>;
}

const NOUN: Record<DataType, string> = {
  face: 'your face',
  voice: 'your voice',
  biometric: 'other biometrics',
  'location.precise': 'precise location',
  'location.approximate': 'approximate location',
  location: 'location (precision not stated)',
};
const IDENTIFIER_NOUN = { face: 'faceprints', voice: 'voiceprints' } as const;

const VERB: Record<SummaryValue, { one: string; many: string }> = {
  collects: { one: 'allows', many: 'allow' },
  'may-collect': { one: 'allows, on conditions,', many: 'allow, on conditions,' },
  denies: { one: 'says it does not collect', many: 'say they do not collect' },
  silent: { one: 'does not mention', many: 'do not mention' },
};

const andList = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Groups regions by their value, strongest first. */
function groupsOf(regions: string[], cells: Record<string, SummaryValue>) {
  const order: SummaryValue[] = ['collects', 'may-collect', 'denies', 'silent'];
  return order
    .map((value) => ({ value, regions: regions.filter((r) => cells[r] === value) }))
    .filter((g) => g.regions.length > 0);
}

function sentence(regions: string[], cells: Record<string, SummaryValue>, noun: string): string {
  const parts = groupsOf(regions, cells).map((g, i) => {
    const versions = `${andList(g.regions)} version${g.regions.length > 1 ? 's' : ''}`;
    const verb = VERB[g.value][g.regions.length > 1 ? 'many' : 'one'];
    const object = i === 0 ? noun : 'them';
    return `${versions} ${verb} ${object}`;
  });
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const differs = (regions: string[], cells: Record<string, SummaryValue>) => new Set(regions.map((r) => cells[r])).size > 1;

/**
 * The data types whose cells differ between regions, in words: biometric identifiers first (faceprints and
 * voiceprints together when they differ the same way), then the other sensitive types.
 */
export function keyDifferences(
  regions: string[],
  matrix: Record<DataType, Record<string, SummaryValue>>,
  identifiers: Record<'face' | 'voice', Record<string, SummaryValue>>,
): KeyDifference[] {
  const out: KeyDifference[] = [];
  const faceDiff = differs(regions, identifiers.face);
  const voiceDiff = differs(regions, identifiers.voice);
  const sameWay = faceDiff && voiceDiff && regions.every((r) => identifiers.face[r] === identifiers.voice[r]);
  if (sameWay) {
    out.push({ types: ['face', 'voice'], aspect: 'identifier', cells: identifiers.face, text: sentence(regions, identifiers.face, 'faceprints and voiceprints') });
  } else {
    if (faceDiff) out.push({ types: ['face'], aspect: 'identifier', cells: identifiers.face, text: sentence(regions, identifiers.face, IDENTIFIER_NOUN.face) });
    if (voiceDiff) out.push({ types: ['voice'], aspect: 'identifier', cells: identifiers.voice, text: sentence(regions, identifiers.voice, IDENTIFIER_NOUN.voice) });
  }
  for (const t of DATA_TYPES) {
    if (!differs(regions, matrix[t])) continue;
    out.push({ types: [t], aspect: 'type', cells: matrix[t], text: sentence(regions, matrix[t], NOUN[t]) });
  }
  return out;
}
