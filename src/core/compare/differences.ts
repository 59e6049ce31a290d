import { DATA_TYPES, type DataType, type SummaryValue } from '../nlp/types';

/** A difference between regions worth reading first, in one sentence. */
export interface KeyDifference {
  types: DataType[];
  /** "identifier" when the difference is in faceprints/voiceprints rather than in the type at large. */
  aspect: 'identifier' | 'type';
  text: string;
  cells: Record<string, SummaryValue>;
}

/** How key differences and history changes name each type and identifier row in plain words. */
export const NOUN: Record<DataType, string> = {
  face: 'your face',
  voice: 'your voice',
  biometric: 'other biometrics',
  'location.precise': 'precise location',
  'location.approximate': 'approximate location',
  location: 'location (precision not stated)',
};
export const IDENTIFIER_NOUN = { face: 'faceprints', voice: 'voiceprints' } as const;

const andList = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Groups regions by their value, strongest first. */
function groupsOf(regions: string[], cells: Record<string, SummaryValue>) {
  const order: SummaryValue[] = ['collects', 'may-collect', 'denies', 'silent'];
  return order
    .map((value) => ({ value, regions: regions.filter((r) => cells[r] === value) }))
    .filter((g) => g.regions.length > 0);
}

/** What a group of versions does with the data, e.g. "allow it only on conditions". */
function predicate(value: SummaryValue, many: boolean, object: string): string {
  switch (value) {
    case 'collects':
      return `${many ? 'allow' : 'allows'} ${object}`;
    case 'may-collect':
      return `${many ? 'allow' : 'allows'} ${object} only on conditions`;
    case 'denies':
      return `${many ? 'say they do' : 'says it does'} not collect ${object}`;
    default:
      return `${many ? 'do' : 'does'} not mention ${object}`;
  }
}

function sentence(regions: string[], cells: Record<string, SummaryValue>, noun: string): string {
  const pronoun = / and |s$/.test(noun) ? 'them' : 'it';
  const parts = groupsOf(regions, cells).map((g, i) => {
    const many = g.regions.length > 1;
    return `${andList(g.regions)} version${many ? 's' : ''} ${predicate(g.value, many, i === 0 ? noun : pronoun)}`;
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
    out.push({
      types: ['face', 'voice'],
      aspect: 'identifier',
      cells: identifiers.face,
      text: sentence(regions, identifiers.face, 'faceprints and voiceprints'),
    });
  } else {
    if (faceDiff)
      out.push({
        types: ['face'],
        aspect: 'identifier',
        cells: identifiers.face,
        text: sentence(regions, identifiers.face, IDENTIFIER_NOUN.face),
      });
    if (voiceDiff)
      out.push({
        types: ['voice'],
        aspect: 'identifier',
        cells: identifiers.voice,
        text: sentence(regions, identifiers.voice, IDENTIFIER_NOUN.voice),
      });
  }
  for (const t of DATA_TYPES) {
    if (!differs(regions, matrix[t])) continue;
    out.push({ types: [t], aspect: 'type', cells: matrix[t], text: sentence(regions, matrix[t], NOUN[t]) });
  }
  return out;
}
