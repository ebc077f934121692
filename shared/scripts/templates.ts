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
        nextSteps: 'On the Plan B card, record the answer as granted with the new deadline: the countdown and call-by dates move with it. Tell the dream roles the new date only if it helps.',
      },
      nonAnswer: {
        say: 'I understand. When could you let me know whether a short extension is possible?',
        nextSteps: 'Leave the request as pending on the Plan B card, and plan as if {{deadline}} stands.',
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
  'accept-offer': {
    kind: 'accept-offer',
    name: 'Accept an offer',
    purpose: 'Say yes to the offer you chose, and agree the start date.',
    body: lines(
      'Hi, it is {{my_name}}. I am thrilled to accept your offer for the {{offer_role}} role at {{offer_company}}.',
      '',
      'Thank you for the care you took over the process. I am looking forward to joining the team.',
      '',
      'Could you send the written contract, and confirm the start date we discussed?',
    ),
    branches: {
      immediateOffer: {
        say: 'Thank you. I will sign and send it back as soon as it arrives.',
        nextSteps: 'Record the start date on the offer. Then decline the other offers and withdraw from the remaining dream roles.',
      },
      nonAnswer: {
        say: 'Of course. When should I expect the contract?',
        nextSteps: 'Set a follow-up date; do not resign from a current job before the contract is signed.',
      },
      greenLight: {
        say: 'Understood. I will keep an eye out for it and reply the same day.',
        nextSteps: 'Keep the other offers answered politely in the meantime.',
      },
    },
  },
  'decline-offer': {
    kind: 'decline-offer',
    name: 'Decline an offer politely',
    purpose: 'Turn down an offer you will not take, warmly, so the door stays open.',
    body: lines(
      'Hi, it is {{my_name}}. Thank you again for the offer for the {{offer_role}} role at {{offer_company}}, and for the time your team gave me.',
      '',
      'I have decided to accept another role, so I am declining your offer. It was not an easy choice.',
      '',
      'I would be glad to stay in touch. May I reach out in the future?',
    ),
    branches: {
      immediateOffer: {
        say: 'That is kind of you. My decision is made, but I appreciate it.',
        nextSteps: 'Mark the offer declined, if you have not already.',
      },
      nonAnswer: {
        say: 'Thank you for understanding.',
        nextSteps: 'Send a short email that says the same, so it is on record.',
      },
      greenLight: {
        say: 'Thank you; I wish the team every success.',
        nextSteps: 'Mark the offer declined. Nothing else to do.',
      },
    },
  },
  withdraw: {
    kind: 'withdraw',
    name: 'Withdraw and stay in touch',
    purpose: 'Tell a dream employer you have accepted another role, and keep the relationship.',
    body: lines(
      'Hi {{contact_name}}, it is {{my_name}}. Thank you for everything during the process for the {{role}} role at {{company}}.',
      '',
      'I wanted you to hear it from me: I have accepted an offer elsewhere, so I am withdrawing my application.',
      '',
      'I have really enjoyed getting to know the team. Would you be open to staying in touch?',
    ),
    branches: {
      immediateOffer: {
        say: 'I am flattered, thank you. I have given my word, and I will keep it.',
        nextSteps: 'Mark the role withdrawn. If you are tempted, read the Decided notes on the board first.',
      },
      nonAnswer: {
        say: 'I understand. Thank you for your time.',
        nextSteps: 'Mark the role withdrawn.',
      },
      greenLight: {
        say: 'Thank you. I will follow the team’s work with interest.',
        nextSteps: 'Mark the role withdrawn and connect with {{contact_name}} if you would like to.',
      },
    },
  },
  'started-at-plan-b': {
    kind: 'started-at-plan-b',
    name: 'A dream company came back after I started',
    purpose: 'Answer a dream employer who returns after you started at Plan B: honestly, without burning either bridge.',
    body: lines(
      'Hi {{contact_name}}, it is {{my_name}}. Thank you for thinking of me for the {{role}} role at {{company}}; I am genuinely glad you called.',
      '',
      'I should be open with you: I have already started a new role, at {{accepted_company}}.',
      '',
      'I would like to hear what you have in mind before I say anything more. Could you tell me what the role and the timing would be?',
    ),
    branches: {
      immediateOffer: {
        say: 'Thank you, that means a lot. I need a few days to think it through properly. When do you need an answer?',
        nextSteps: 'Weigh it as a new decision: the job you have now is the Plan B. Check notice periods, any sign-on bonus you would repay, and how leaving early will look.',
      },
      nonAnswer: {
        say: 'I understand. Please keep me in mind; I will keep you in mind too.',
        nextSteps: 'Keep the role open with a follow-up date. Carry on at the job you started, fully.',
      },
      greenLight: {
        say: 'Thank you for being straightforward. I hope we can work together one day.',
        nextSteps: 'Close the role. Nothing else changes.',
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
  'accept-offer': 'Accept an offer',
  'decline-offer': 'Decline an offer politely',
  withdraw: 'Withdraw and stay in touch',
  'started-at-plan-b': 'Started at Plan B, a dream company came back',
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
