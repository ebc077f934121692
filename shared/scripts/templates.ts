/**
 * Built-in templates, one per kind of script, written in this project's own
 * words. They follow the call's shape: genuine enthusiasm for this role and
 * company, the offer received elsewhere, a clear preference, the decision
 * deadline, and the direct ask. Every fact about the offer comes from a
 * placeholder filled from the record ({{offer_form}}, {{deadline}},
 * {{time_left}}), never from the template's words; the check-in claims
 * nothing at all (tests/unit/scripts/templates.test.ts holds them to it). Templates are read-only: a plan gets a copy
 * (`newScriptFromTemplate`), which the user then edits.
 */
import { newId } from '../ids';
import type { Branches, Script, ScriptKind } from '../plan';

export type { Branches, ScriptKind };

export interface ScriptTemplate {
  kind: ScriptKind;
  name: string;
  /** One line for the template picker. */
  purpose: string;
  body: string;
  branches: Branches;
}

const lines = (...parts: string[]) => parts.join('\n');

export const TEMPLATES: Readonly<Record<ScriptKind, ScriptTemplate>> = Object.freeze({
  'leverage-call': {
    kind: 'leverage-call',
    name: 'Leverage call',
    purpose: 'Tell a dream employer you hold an offer and ask whether they can move first.',
    body: lines(
      'Hi {{contact_name}}, it is {{my_name}}. Is now a good moment for five minutes?',
      '',
      'I have genuinely enjoyed every conversation so far, and the {{role}} role at {{company}} is the one I am most excited about.',
      '',
      'I want to be straight with you: I have received a {{offer_form}} offer from another company, and I need to give them my answer by {{deadline}}. That is {{time_left}}.',
      '',
      '{{company}} is my first choice. I would rather join your team than accept the other offer.',
      '',
      'Could you move forward with my application before that date?',
    ),
    branches: {
      immediateOffer: {
        say: 'Thank you, that is great to hear. Could you send the offer in writing so I can review the full package properly?',
        nextSteps: 'Put their numbers beside Plan B on the board. Agree the date they need my answer, and the start date.',
      },
      nonAnswer: {
        say: 'I understand these things take time. Is there a date by which you expect to decide, so I can plan around my deadline?',
        nextSteps: 'If no firm date comes before my deadline, treat it as a no and follow my walk-away answer.',
      },
      greenLight: {
        say: 'Thank you for being honest with me; it helps. I would be glad to stay in touch.',
        nextSteps: 'Accept Plan B without second-guessing. Mark this role closed on the board.',
      },
    },
  },
  'check-in': {
    kind: 'check-in',
    name: 'Check-in (no offer yet)',
    purpose: 'Ask about the timeline without mentioning any offer: for when you do not hold one.',
    body: lines(
      'Hi {{contact_name}}, it is {{my_name}}. Do you have a couple of minutes?',
      '',
      'I keep thinking about the {{role}} role at {{company}}; I am genuinely keen on it and it is my first choice.',
      '',
      'I am planning the next few weeks of my search. Could you tell me where the decision stands and when you expect to decide?',
    ),
    branches: {
      immediateOffer: {
        say: 'That is wonderful news, thank you. Could you send the details in writing?',
        nextSteps: 'Record the offer in the plan with its received date and deadline.',
      },
      nonAnswer: {
        say: 'Thanks, that helps. Would it be all right if I checked back with you next week?',
        nextSteps: 'Set a follow-up date in the call log.',
      },
      greenLight: {
        say: 'Thank you for telling me directly. I appreciate it and would like to stay in touch.',
        nextSteps: 'Close this role on the board and focus on the others.',
      },
    },
  },
  'ask-plan-b-for-time': {
    kind: 'ask-plan-b-for-time',
    name: 'Ask Plan B for more time',
    purpose: 'Ask the company whose offer you hold for a few more days to decide.',
    body: lines(
      'Hi, it is {{my_name}}. Thank you again for the offer for the {{plan_b_role}} role; I am genuinely pleased to have it.',
      '',
      'I want to make this decision carefully and give you an answer I will stand by. My answer is due by {{deadline}}.',
      '',
      'Would it be possible to extend that by a few business days?',
    ),
    branches: {
      immediateOffer: {
        say: 'Thank you, I appreciate the flexibility. Could you confirm the new date by email?',
        nextSteps: 'Update Plan B’s deadline in the plan. Tell the dream roles the new date only if it helps.',
      },
      nonAnswer: {
        say: 'I understand. When could you let me know whether a short extension is possible?',
        nextSteps: 'Plan as if the original deadline stands.',
      },
      greenLight: {
        say: 'Understood, thank you for being clear. I will give you my answer by the original date.',
        nextSteps: 'Keep the original deadline; call the dream roles sooner.',
      },
    },
  },
  'follow-up-non-answer': {
    kind: 'follow-up-non-answer',
    name: 'Follow-up after a non-answer',
    purpose: 'Ask once more for a concrete date after they could not give a timeline.',
    body: lines(
      'Hi {{contact_name}}, it is {{my_name}} again. Thank you for taking my call last time.',
      '',
      'I am still very keen on the {{role}} role at {{company}}. My deadline has not moved: I must answer the other offer by {{deadline}}, {{time_left}}.',
      '',
      'Is there any chance you could give me a decision, or a firm date for one, before then?',
    ),
    branches: {
      immediateOffer: {
        say: 'Thank you, that is great news. Could you send it in writing today?',
        nextSteps: 'Compare it with Plan B on the board before my deadline.',
      },
      nonAnswer: {
        say: 'Thank you for trying. I will need to decide by my deadline either way.',
        nextSteps: 'Treat this as a no by my deadline and follow my walk-away answer.',
      },
      greenLight: {
        say: 'Thank you for the clarity. I hope our paths cross again.',
        nextSteps: 'Accept Plan B. Close this role on the board.',
      },
    },
  },
  'accept-plan-b': {
    kind: 'accept-plan-b',
    name: 'Accept Plan B gracefully',
    purpose: 'Say yes to the offer you hold, warmly and without hedging.',
    body: lines(
      'Hi, it is {{my_name}}. I am delighted to accept the offer for the {{plan_b_role}} role at {{plan_b_company}}.',
      '',
      'Thank you for your patience while I decided. I am looking forward to starting.',
      '',
      'What are the next steps on your side?',
    ),
    branches: {
      immediateOffer: {
        say: 'Wonderful. I will look out for the paperwork.',
        nextSteps: 'Sign the written offer. Let the dream roles know politely that I have accepted a role.',
      },
      nonAnswer: {
        say: 'No problem. When should I expect the paperwork?',
        nextSteps: 'Set a follow-up date in the call log.',
      },
      greenLight: {
        say: 'Thank you. See you on the first day.',
        nextSteps: 'Close the remaining dream roles on the board.',
      },
    },
  },
  custom: {
    kind: 'custom',
    name: 'Custom script',
    purpose: 'Start from a blank page with the three outcomes ready to fill in.',
    body: 'Hi {{contact_name}}, it is {{my_name}}.\n\n',
    branches: {
      immediateOffer: { say: '', nextSteps: '' },
      nonAnswer: { say: '', nextSteps: '' },
      greenLight: { say: '', nextSteps: '' },
    },
  },
} satisfies Record<ScriptKind, ScriptTemplate>);

export const SCRIPT_KIND_LABELS: Record<ScriptKind, string> = {
  'leverage-call': 'Leverage call',
  'check-in': 'Check-in without an offer',
  'ask-plan-b-for-time': 'Ask Plan B for more time',
  'follow-up-non-answer': 'Follow-up after a non-answer',
  'accept-plan-b': 'Accept Plan B gracefully',
  custom: 'Custom',
};

function copyBranches(b: Branches): Branches {
  return {
    immediateOffer: { ...b.immediateOffer },
    nonAnswer: { ...b.nonAnswer },
    greenLight: { ...b.greenLight },
  };
}

/** A new script for a plan: a deep copy of the template, with its own id and no revisions. */
export function newScriptFromTemplate(kind: ScriptKind, now: Date, name?: string): Script {
  const t = TEMPLATES[kind];
  return {
    id: newId(),
    name: (name ?? t.name).trim().slice(0, 200) || t.name,
    kind,
    body: t.body,
    branches: copyBranches(t.branches),
    revisions: [],
    updatedAt: now.toISOString(),
  };
}

/** The outcome branches in the order they are shown, with how each reads. */
export const BRANCH_KEYS = ['immediateOffer', 'nonAnswer', 'greenLight'] as const;
export type BranchKey = (typeof BRANCH_KEYS)[number];
export const BRANCH_LABELS: Record<BranchKey, string> = {
  immediateOffer: 'Immediate offer',
  nonAnswer: 'Non-answer',
  greenLight: 'Green light to walk',
};
