/**
 * Data flow: whether the company receives the data at all (DESIGN.md "flow"). Data kept on the user's device,
 * never sent, or of which only a derived result reaches the company is not collected by the company, however
 * the device uses it: the sentence denies collection, and the practice says "on device" to the reader.
 */
import { words } from '../text/pattern';

export interface FlowRow {
  id: string;
  source: string;
}

const DEVICE =
  String.raw`(?:your|the|a user'?s|their|each) (?:own )?` +
  words('device|phone|computer|handset|smartphone|watch|wearable|tablet|headset|vehicle|car') +
  's?';
const US = String.raw`(?:us|our servers?|the cloud|the company|our company|[A-Z][\w-]+(?:'s)? servers?)`;

export const ON_DEVICE_ROWS: FlowRow[] = [
  // "…is stored only on your device", "stays locally on the phone", "processed entirely on your device".
  {
    id: 'kept-on-device',
    source:
      String.raw`\b(?:stored|kept|processed|saved|remains?|stays?|held|performed|happens|takes place|done)\b` +
      String.raw`(?: \w+ly| only){0,2} (?:locally )?on ${DEVICE}`,
  },
  { id: 'never-leaves', source: String.raw`\b(?:never|not|n't) (?:\w+ly )?leaves? ${DEVICE}` },
  // "…is never sent to us", "is not uploaded to our servers", "we do not transmit it to the cloud".
  {
    id: 'never-sent',
    source:
      String.raw`\b(?:never|not|n't) (?:be )?(?:\w+ly )?` +
      words('sent|send|transmitted|transmit|uploaded|upload|shared|share|transferred|provided|passed') +
      String.raw`(?: \w+){0,3} (?:to|with) ${US}`,
  },
  // "the app only receives a confirmation that the check passed": the same, the receiver named first.
  {
    id: 'only-receives-a-result',
    source:
      // The receiver is the company or its app, not a merchant or advertiser ("…and they only see a token").
      String.raw`\b(?:we|the app|our (?:app|apps|servers?|service)|the company) (?:will )?` +
      String.raw`only (?:receives?|gets?|sees?|learns?|is told|are told) (?:a|an|the) (?:[\w-]+ )?` +
      words(String.raw`result|token|confirmation|score|yes\/no|match|outcome|signal|indication`) +
      String.raw`s?\b`,
  },
  // "only a confirmation / a token / the result is sent to us": the data itself is not.
  {
    id: 'only-a-result',
    source:
      String.raw`\bonly (?:a|an|the) (?:[\w-]+ )?` +
      words(String.raw`result|token|confirmation|score|yes\/no|match|outcome|signal|indication`) +
      String.raw`s?\b[^.;]{0,40}\b(?:sent|shared|returned|provided|passed|reaches|received|share[sd]?)\b`,
  },
  {
    id: 'we-do-not-receive',
    source:
      String.raw`\b(?:we|the company)(?: \w+)? (?:do not|don't|never|cannot|can't|will not|won't) (?:\w+ly )?` +
      String.raw`(?:receive|see|have access to|get access to)\b`,
  },
];

const ON_DEVICE_RE = new RegExp(ON_DEVICE_ROWS.map((r) => `(?:${r.source})`).join('|'), 'i');

/** Whether the sentence says the data stays on the device or never reaches the company. */
export function staysOnDevice(sentence: string): boolean {
  return ON_DEVICE_RE.test(sentence);
}
