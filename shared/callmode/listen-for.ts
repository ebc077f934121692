/**
 * What to listen for while they talk: the cues that tell which of the three
 * answers you are getting and how to mark it. Short on purpose: it sits
 * beside the script during the call.
 */
export const LISTEN_FOR = [
  'A date: when they expect to decide, and who decides. Write it down in their words.',
  'Their tone: keen and quick, or polite and slow. Mark how interested and how urgent they sound.',
  'Whether they can move: “we can speed things up” is different from “we will let you know”.',
  'A clear answer. If it stays vague, ask once for a concrete date, then stop.',
] as const;
