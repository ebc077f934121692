/**
 * The claim detector: which sentences of a script tell the employer that the
 * user holds an offer (or a deadline that only an offer gives). Rules, not
 * understanding; the rules and their limits are written out in README.md and
 * in `CLAIM_LIMITS`, which the script editor shows.
 *
 * Each sentence is read on its own, in lower case, with contractions spelled
 * out ("I've" → "I have", "haven't" → "have not"), and split into clauses at
 * "but", "although", ";" and similar. A clause *claims* when a claim pattern
 * matches (having or receiving an offer, being offered, someone offering or
 * giving "me" something, a reference to "my offer" or "the other offer", a
 * deadline the user must answer by, or a placeholder that states Plan B's
 * facts) and nothing before it in the clause takes the claim back:
 * - negation ("I do not have any offer yet", "no one has offered me…"),
 * - a condition ("if I get an offer…", "once I have…", "when I get…"),
 * - a question ("Have you made an offer?"; "Did I mention I have an offer?"
 *   still claims),
 * - a hope or a plan ("I would love an offer from you!", "I hope to get…"),
 * - someone else's words in quotation marks ("Dana said “I have an offer”").
 * A sentence that mentions an offer without claiming one gets the reason it
 * does not claim (denial, hypothetical, question, hope, quote) or `none`.
 */

export type ClaimVerdict = 'claim' | 'denial' | 'hypothetical' | 'question' | 'hope' | 'quote' | 'none';
export type ClaimKind = 'holds' | 'offered' | 'given' | 'reference' | 'deadline' | 'placeholder';

export interface MoneyFigure {
  /** As typed, e.g. "$120k". */
  text: string;
  value: number;
  /** How far the figure may be from a recorded one and still match ("120k" is 120,000 ± 500). */
  tolerance: number;
}

export interface SentenceClaim {
  /** The sentence as typed. */
  sentence: string;
  from: number;
  to: number;
  verdict: ClaimVerdict;
  /** The words that decided the verdict (lower case, contractions spelled out), or null. */
  matched: string | null;
  kind: ClaimKind | null;
  /** The offer's form the sentence states, if any ("written offer", "verbally"). */
  form: 'written' | 'verbal' | null;
  /** Money figures the sentence states. */
  figures: MoneyFigure[];
}

/** What the detector can and cannot catch, in plain words, for the script editor. */
export const CLAIM_LIMITS = {
  catches: [
    'saying you have, hold or received an offer, in any tense (“I’ve been offered…”, “A competitor gave me until Friday”)',
    'mentions of “my offer”, “the other offer”, an offer from another company, or a deadline you must answer by',
    'placeholders that state Plan B’s facts, such as {{deadline}} and {{plan_b_company}}',
    'with an offer held: “written” or “verbal” that differs from Plan B, a date or weekday that is not Plan B’s deadline, a money figure that is not in Plan B’s record',
  ],
  ignores: [
    'denials (“I do not have an offer yet”), questions, “if…” and “once…” sentences, hopes (“I would love an offer from you”) and other people’s words in quotation marks',
  ],
  misses: [
    'hints that never name an offer (“I have other options”, “someone else wants me”)',
    'sentences in languages other than English, or split across several sentences',
    'dates written as numbers like 3/9 (the order is ambiguous) and relative dates like “next week”',
  ],
} as const;

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'am not'],
  [/n't\b/g, ' not'],
  [/\bi'm\b/g, 'i am'],
  [/'ve\b/g, ' have'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  // "I'd" is "I had" before a past participle, else "I would".
  [/\b(i|we|they|he|she)'d (been|got|gotten|received|had|already|just|given|made)\b/g, '$1 had $2'],
  [/'d\b/g, ' would'],
  [/\b(it|that|there|he|she|what|who|where|here)'s\b/g, '$1 is'],
];

/** Lower case, straight apostrophes, contractions spelled out, spaces squeezed. */
export function normaliseSentence(text: string): string {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  return s.trim();
}

const ADV = String.raw`(?:(?:just|already|recently|also|now|actually|currently|officially|finally|formally|even|really|do|did|does|not|never|no longer|still|yet|since|luckily|fortunately|happily|indeed|in fact|meanwhile|this week|today|yesterday)\s+)*`;
const OFFER = String.raw`(?:offers?|proposals?|offer letter)`;
const WORDS = (n: number) => String.raw`(?:[^\s,;]+\s+){0,${n}}`;
const NOT_YOU = String.raw`(?!(?:you|your|yours)\b)`;

interface Cue {
  kind: ClaimKind;
  re: RegExp;
  /** Hopes and plans ("I would love…") take this kind of claim back; definite references stay claims. */
  hopeable: boolean;
}

// Each runs on one normalised clause.
const CUES: Cue[] = [
  {
    kind: 'holds',
    hopeable: false,
    re: new RegExp(
      String.raw`\b(?:i|we)\s+${ADV}(?:have|has|had|hold|am holding|am sitting on|got|have got|have gotten|received|have received|obtained|secured|landed|accepted|was given|was made|have been given|have been made|am considering|am weighing|am in receipt of)\s+${WORDS(5)}${OFFER}\b`,
    ),
  },
  { kind: 'offered', hopeable: false, re: new RegExp(String.raw`\b(?:i|we)\s+${ADV}(?:have been|has been|had been|was|were|am|are|am being|got|been)\s+${ADV}offered\b`) },
  { kind: 'given', hopeable: false, re: new RegExp(String.raw`\b(?:\w+\s+){1,3}${ADV}(?:has\s+|have\s+|had\s+)?${ADV}offered\s+(?:me|us)\b`) },
  {
    kind: 'given',
    hopeable: false,
    re: new RegExp(String.raw`\b(?:made|gave|given|extended|sent|presented|handed|emailed)\s+(?:me|us)\s+${WORDS(4)}(?:${OFFER}|until|till|a deadline)\b`),
  },
  {
    kind: 'given',
    hopeable: false,
    re: new RegExp(String.raw`\b(?!you\b)\w+\s+(?:has|have|had)\s+${ADV}(?:made|extended|put forward|tabled)\s+(?:an?|one|their)\s+${WORDS(2)}${OFFER}\b`),
  },
  { kind: 'reference', hopeable: false, re: new RegExp(String.raw`\bmy\s+${WORDS(2)}${OFFER}\b`) },
  {
    kind: 'reference',
    hopeable: false,
    re: new RegExp(String.raw`\b(?:the|this|that|their)\s+(?:other|competing|outside|rival|existing|current|second|written|verbal|first)\s+(?:job\s+)?${OFFER}\b`),
  },
  { kind: 'reference', hopeable: false, re: new RegExp(String.raw`\bthe\s+${OFFER}\s+(?:that\s+)?(?:i|we)\s+(?:have|hold|got|received)\b`) },
  { kind: 'reference', hopeable: false, re: new RegExp(String.raw`\b${OFFER}\s+(?:is\s+|are\s+)?(?:already\s+|now\s+|still\s+)?on the table\b`) },
  { kind: 'reference', hopeable: false, re: new RegExp(String.raw`\b(?:an?\s+)?${OFFER}\s+(?:came|has come|arrived|has arrived|landed|came through|has come through)\b`) },
  {
    kind: 'reference',
    hopeable: true,
    re: new RegExp(String.raw`\b(?:another|a competing|a rival|an outside|a second|other|competing|rival|outside)\s+(?:job\s+|firm\s+|written\s+|verbal\s+)?${OFFER}\b`),
  },
  { kind: 'reference', hopeable: true, re: new RegExp(String.raw`\b${OFFER}\s+(?:from|at|with|by)\s+${NOT_YOU}(?:another|a different|a competitor|a rival|elsewhere|\w+)`) },
  { kind: 'deadline', hopeable: false, re: /\b(?:my|their)\s+(?:own\s+)?deadline\b/ },
  { kind: 'deadline', hopeable: false, re: /\bthe deadline\s+(?:is|was|falls|they gave)\b/ },
  {
    kind: 'deadline',
    hopeable: false,
    re: new RegExp(
      String.raw`\b(?:i|we)\s+${ADV}(?:must|have to|need to|got to|have got to|am due to|am expected to|am required to|am supposed to|promised to|will have to|will need to|owe them)\s+${WORDS(3)}(?:answer|respond|reply|decide|give\s+(?:them|him|her)?\s*(?:my|an)\s+answer|let\s+(?:them|him|her)\s+know|get back to\s+(?:them|him|her)|sign|accept)\b[^;]*?\b(?:by|before|until|till|within|no later than|in \d+ days?|this week|tomorrow|today|end of)\b`,
    ),
  },
  { kind: 'deadline', hopeable: false, re: new RegExp(String.raw`\b(?:i|we)\s+${ADV}(?:have|got|have got)\s+(?:only\s+)?(?:until|till)\b`) },
  { kind: 'placeholder', hopeable: false, re: /\{\{\s*(?:plan_b_company|plan_b_role|deadline|days_left|time_left|offer_form)\s*\}\}/ },
];

const NEGATION = /\b(?:not|no|never|nobody|none|nothing|neither|nor|without|yet to|no one|nowhere)\b/;
const CONDITION = /\b(?:if|unless|whether|once|suppose|supposing|imagine|hypothetically|in case|in the event|assuming|should i|were i|were an?|provided|as soon as|until i)\b|\bwhen (?:i|we) (?:get|have|receive|hear|land)\b/;
const HOPE =
  /\b(?:would|could|might|may|will|shall|hope|hoping|hoped|wish|wishing|want|wanted|wanting|like|love|expect|expecting|waiting|await|awaiting|looking forward|aim|aiming|plan|planning|try|trying|seek|seeking|going to|about to|likely|probably|possibly|maybe|perhaps|dream|dreaming|someday|one day)\b/;
const QUESTION_START =
  /^(?:(?:so|and|but|also|then|well|now|ok|okay|sorry|honestly|quick question)[, ]+)?(?:do|does|did|have|has|had|is|are|was|were|am|can|could|would|will|should|shall|may|might|must|what|when|where|why|how|who|whom|whose|which|any chance|is there|are there)\b/;
/** Questions that still state a claim inside them ("Did I mention I have an offer?"). */
const EMBEDDED_CLAIM = /^(?:did|can|may|could|should|shall) (?:i|we) (?:mention|tell you|let you know|say|add|share)\b/;
const CLAUSE_SPLIT = /\s*(?:;|:|—|–|\s-\s|,\s*(?:but|although|though|while|whereas|yet|and yet|however)\b|\b(?:but|although|though|whereas|however)\b)\s*/;
/** A quotation introduced by someone other than the user: their words, not a claim. */
const OTHERS_WORDS = /\b(?!i\b)(?:[a-z]+)\s+(?:said|says|told me|told us|wrote|writes|asked|asks|mentioned|replied|put it|emailed)\b[^"“]*$/;
const QUOTE = /["“]([^"”]*)["”]/g;
const MENTION = /\b(?:offers?|offered|proposals?|deadline)\b/;

const FORM_WRITTEN = /\b(?:written|in writing|offer letter|signed)\b/;
const FORM_VERBAL = /\b(?:verbal|verbally|over the phone|on the phone|unofficial|unofficially|spoken)\b/;
const MONEY = /(?:([$€£¥]|\b(?:usd|eur|gbp|chf|cad|aud)\s?)\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)?\b|\b(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|million)\b|\b(\d[\d,]*(?:\.\d+)?)\s?(?:dollars|euros|pounds)\b)/g;

function moneyFigures(normalised: string): MoneyFigure[] {
  const out: MoneyFigure[] = [];
  for (const m of normalised.matchAll(MONEY)) {
    const digits = m[2] ?? m[4] ?? m[6] ?? '';
    const unit = m[3] ?? m[5] ?? '';
    const n = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    const scale = unit === 'k' || unit === 'thousand' ? 1_000 : unit === 'm' || unit === 'million' ? 1_000_000 : 1;
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    out.push({ text: m[0].trim(), value: n * scale, tolerance: scale > 1 ? (scale / 2) * 10 ** -decimals : 0.5 });
  }
  return out;
}

function formOf(normalised: string): 'written' | 'verbal' | null {
  if (FORM_VERBAL.test(normalised)) return 'verbal';
  if (FORM_WRITTEN.test(normalised)) return 'written';
  return null;
}

/** Sentences with their offsets: split after . ! ? (and closing quotes) and at line breaks. */
export function splitSentences(text: string): { sentence: string; from: number; to: number }[] {
  const out: { sentence: string; from: number; to: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’)]*|(?=\n)|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence) out.push({ sentence, from: m.index + lead, to: m.index + lead + sentence.length });
  }
  return out;
}

interface ClauseReading {
  verdict: ClaimVerdict;
  matched: string | null;
  kind: ClaimKind | null;
}

/** Why a clause's cue is taken back, or null when it stands. `before` is the clause up to the cue. */
function takenBack(clause: string, before: string, cue: Cue, span: string, isQuestion: boolean): ClaimVerdict | null {
  if (isQuestion && QUESTION_START.test(clause) && !EMBEDDED_CLAIM.test(clause)) return 'question';
  const lead = before.split(/\s+/).slice(-4).join(' ');
  if (CONDITION.test(before) || CONDITION.test(span)) return 'hypothetical';
  if (NEGATION.test(span) || NEGATION.test(lead)) return 'denial';
  if (cue.hopeable && HOPE.test(before)) return 'hope';
  return null;
}

function readClause(clause: string, isQuestion: boolean): ClauseReading {
  let blocked: ClauseReading | null = null;
  for (const cue of CUES) {
    const m = cue.re.exec(clause);
    if (!m) continue;
    const before = clause.slice(0, m.index);
    const why = takenBack(clause, before, cue, m[0], isQuestion);
    if (!why) return { verdict: 'claim', matched: m[0].trim(), kind: cue.kind };
    blocked ??= { verdict: why, matched: m[0].trim(), kind: cue.kind };
  }
  if (blocked) return blocked;
  // No claim pattern: say why an offer word here is not a claim, for the table and the editor.
  const mention = MENTION.exec(clause);
  if (!mention) return { verdict: 'none', matched: null, kind: null };
  const before = clause.slice(0, mention.index);
  const verdict: ClaimVerdict = isQuestion && QUESTION_START.test(clause)
    ? 'question'
    : NEGATION.test(clause)
      ? 'denial'
      : CONDITION.test(before)
        ? 'hypothetical'
        : HOPE.test(before)
          ? 'hope'
          : 'none';
  return { verdict, matched: verdict === 'none' ? null : mention[0], kind: null };
}

/** Removes other people's quoted words; keeps the user's own (a quote they read aloud is said). */
function withoutOthersWords(sentence: string): { text: string; quoted: boolean } {
  let quoted = false;
  const text = sentence.replace(QUOTE, (whole, inner: string, at: number) => {
    if (OTHERS_WORDS.test(sentence.slice(0, at))) {
      quoted ||= MENTION.test(inner) || CUES.some((c) => c.re.test(inner));
      return '""';
    }
    return ` ${inner} `;
  });
  return { text, quoted };
}

/**
 * Readings by text. The board checks every dream role's script every minute
 * and most roles share a few scripts: reading is pure, so each text is read
 * once. Bounded, because texts change with every keystroke in the editor.
 */
const readings = new Map<string, readonly SentenceClaim[]>();
const MAX_READINGS = 300;

/** One verdict per sentence of `text`, in order. The result is shared: do not change it. */
export function readClaims(text: string): readonly SentenceClaim[] {
  let result = readings.get(text);
  if (!result) {
    result = Object.freeze(readSentences(text));
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(text, result);
  }
  return result;
}

function readSentences(text: string): SentenceClaim[] {
  return splitSentences(text).map(({ sentence, from, to }) => {
    const { text: own, quoted } = withoutOthersWords(normaliseSentence(sentence));
    const isQuestion = /\?["”’)]*$/.test(sentence);
    const clauses = own.split(CLAUSE_SPLIT).filter((c) => c.trim());
    const readings = clauses.map((c) => readClause(c.trim(), isQuestion && c === clauses[clauses.length - 1]));
    const claim = readings.find((r) => r.verdict === 'claim');
    const reading = claim ?? readings.find((r) => r.verdict !== 'none') ?? (quoted ? { verdict: 'quote' as const, matched: null, kind: null } : readings[0] ?? { verdict: 'none' as const, matched: null, kind: null });
    return { sentence, from, to, ...reading, form: formOf(own), figures: moneyFigures(own) };
  });
}

/** Only the sentences that claim an offer. */
export function offerClaims(text: string): SentenceClaim[] {
  return readClaims(text).filter((s) => s.verdict === 'claim');
}
