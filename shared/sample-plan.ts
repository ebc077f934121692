/**
 * The sample plan a new user can start from: a software engineer who holds one
 * written offer (deadline in 6 days) and is still in process with three
 * employers they prefer, each at a different stage. Dates are relative to
 * `now`, so the sample always looks current.
 */
import { newId } from './ids';
import { defaultCriteria } from './new-plan';
import { CURRENT_SCHEMA_VERSION, type Compensation, type Contact, type DreamRole, type Plan, type Script } from './plan';
import { isoDateAfter, zonedIso } from './time';

const ZONE = 'America/New_York';

function contact(name: string, title: string, phone: string, email: string): Contact {
  return { id: newId(), name, title, phone, email, isWhoToCall: true };
}

function pay(base: number, bonus: number, signOn: number, equityPerYear: number): Compensation {
  return { base, bonus, signOn, equityPerYear };
}

const noGuess = { immediateOffer: null, nonAnswer: null, greenLight: null };

function leverageScript(now: Date): Script {
  return {
    id: newId(),
    name: 'Call to my first choice',
    kind: 'leverage-call',
    body: [
      'Hi {{contact_name}}, this is {{my_name}}. Do you have five minutes?',
      '',
      'I have really enjoyed getting to know the team, and the {{role}} role at {{company}} is the one I am most excited about.',
      '',
      'I want to be open with you: I have received a {{offer_form}} offer from another company, and I have to give them my answer by {{deadline}}, {{time_left}}.',
      '',
      '{{company}} is my first choice, and I would much rather join you.',
      '',
      'Is there any way you could move forward with me before that date?',
    ].join('\n'),
    branches: {
      immediateOffer: {
        say: 'That is wonderful news, thank you. Could you send the details in writing so I can look at the whole package today?',
        nextSteps: 'Compare it with Plan B on the board. Confirm start date and the date they need my answer.',
      },
      nonAnswer: {
        say: 'I understand. Could you tell me by when you expect to decide, so I can plan around my deadline?',
        nextSteps: 'If no date by tomorrow, plan as if this is a no and follow my walk-away answer.',
      },
      greenLight: {
        say: 'Thank you for being straightforward with me. I would love to stay in touch.',
        nextSteps: 'Accept Plan B with a clear head. Close this role on the board.',
      },
    },
    revisions: [],
    updatedAt: now.toISOString(),
  };
}

export function samplePlan(now: Date): Plan {
  const criteria = defaultCriteria();
  const [comp, growth, team, mission, location, stability] = criteria.map((c) => c.id);
  const scores = (values: number[]) =>
    Object.fromEntries([comp, growth, team, mission, location, stability].map((id, i) => [id, values[i]]));
  const script = leverageScript(now);

  type RoleFacts = Omit<DreamRole, 'id' | 'callLog' | 'notes' | 'likelihoods' | 'appliedOn' | 'stageHistory' | 'offerId' | 'withdrawnOn' | 'timeline'>;
  /** A role applied to `applied` days ago, in its stage for the last `inStage` days. */
  const role = (r: RoleFacts, timeline: { stated: string; expectedDecisionOn: string }, applied: number, inStage: number): DreamRole => ({
    id: newId(),
    callLog: [],
    notes: '',
    likelihoods: noGuess,
    appliedOn: isoDateAfter(now, -applied),
    stageHistory: [
      { stage: 'applied', on: isoDateAfter(now, -applied) },
      { stage: r.stage, on: isoDateAfter(now, -inStage) },
    ],
    offerId: null,
    withdrawnOn: null,
    timeline: { ...timeline, history: [] },
    ...r,
  });

  const at = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    name: 'Sample: Alex weighs Northwind against three dream roles',
    createdAt: at,
    updatedAt: at,
    revision: 0,
    situation: { employment: 'employed', userName: 'Alex Rivera', currency: 'USD', notes: '' },
    offers: [
      {
        id: newId(),
        isPlanB: true,
        company: 'Northwind Logistics',
        role: 'Senior Software Engineer',
        receivedOn: isoDateAfter(now, -3),
        form: 'written',
        deadline: zonedIso(isoDateAfter(now, 6), '17:00', ZONE),
        deadlineTimeZone: ZONE,
        extensions: [],
        fromDreamRoleId: null,
        response: 'open',
        respondedOn: null,
        compensation: pay(148_000, 14_800, 15_000, 20_000),
        startDate: isoDateAfter(now, 34),
        location: 'Boston, hybrid',
        notes: 'Recruiter said a few extra days are possible if I ask early.',
        liveability: { answer: 'yes', dealBreakers: 'None: good team, fair pay, shorter commute.' },
        scores: scores([4, 3, 4, 3, 4, 5]),
      },
    ],
    dreamRoles: [
      role({
        company: 'Lumen Health',
        role: 'Staff Engineer, Platform',
        priority: 1,
        stage: 'final-round',
        contacts: [contact('Priya Shah', 'Engineering Manager', '+1 415 555 0142', 'priya.shah@example.com')],
        estimatedCompensation: pay(172_000, 17_000, 20_000, 35_000),
        scores: scores([5, 5, 4, 5, 3, 3]),
        walkAwayAnswer: 'ask-extension',
        scriptId: script.id,
      }, { stated: 'Decision about two weeks after the final round.', expectedDecisionOn: isoDateAfter(now, 10) }, 30, 5),
      role({
        company: 'Harbor Climate',
        role: 'Senior Backend Engineer',
        priority: 2,
        stage: 'interviewing',
        contacts: [contact('Sam Okafor', 'Technical Recruiter', '+1 617 555 0199', 'sam@example.org')],
        estimatedCompensation: pay(155_000, 10_000, 0, 12_000),
        scores: scores([4, 4, 4, 5, 4, 3]),
        walkAwayAnswer: 'undecided',
        scriptId: null,
      }, { stated: 'Two more interviews, then a decision.', expectedDecisionOn: isoDateAfter(now, 21) }, 20, 4),
      role({
        company: 'Tessellate Studio',
        role: 'Software Engineer, Developer Tools',
        priority: 3,
        stage: 'awaiting-decision',
        contacts: [contact('Jordan Lee', 'Recruiter', '+1 212 555 0117', 'jordan.lee@example.net')],
        estimatedCompensation: pay(140_000, 7_000, 10_000, 8_000),
        scores: scores([3, 4, 5, 4, 5, 4]),
        walkAwayAnswer: 'accept-plan-b',
        scriptId: null,
      }, { stated: 'We will let you know by the end of the week.', expectedDecisionOn: isoDateAfter(now, 4) }, 40, 9),
    ],
    criteria,
    scripts: [script],
  };
}
