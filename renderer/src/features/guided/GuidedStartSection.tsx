import { useNavigate, useSearchParams } from 'react-router';
import { withFirstScripts } from '@shared/guided/first-scripts';
import { planPath } from '../plan/sections';
import { usePlanSession } from '../plan/usePlanSession';
import { GuidedStepFrame } from './GuidedStepFrame';
import { nextStep, previousStep, readStep, type GuidedStep } from './guided-steps';
import { OfferStep } from './OfferStep';
import { ResultStep } from './ResultStep';
import { RolesStep } from './RolesStep';
import { WalkAwayStep } from './WalkAwayStep';
import { EmploymentControl } from '../overview/EmploymentControl';

const STEP_TEXT: Record<Exclude<GuidedStep, 'board'>, { title: string; lead: string; next: string }> = {
  offer: {
    title: 'The offer you hold',
    lead: 'The offer in your hand is what makes the calls possible. The rest of its details can come later.',
    next: 'Next: are you working?',
  },
  working: {
    title: 'Are you working right now?',
    lead: 'It changes the advice.',
    next: 'Next: employers you are waiting on',
  },
  roles: {
    title: 'The employers you are waiting on',
    lead: 'One line each: who to call there, their number, and what they said about timing, in their words.',
    next: 'Next: walk-away answers',
  },
  'walk-away': {
    title: 'Are you ready to walk away?',
    lead: 'Answer before you call: it is what you will do if they cannot move.',
    next: 'Show my board',
  },
};

/**
 * The guided start: the few facts that matter first, a step at a time, then
 * the board. Each field goes into the plan as it is typed (through the plan's
 * edits, so autosave and undo apply) and the step is in the address, so a
 * reload comes back to the same step with everything entered.
 */
export function GuidedStartSection() {
  const session = usePlanSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = readStep(params.get('step'));
  const goTo = (s: GuidedStep) => {
    // Reaching the board: each new call gets the script that fits, so its call sheet is ready to print.
    if (s === 'board') session.edit((plan) => withFirstScripts(plan, new Date()));
    setParams({ step: s });
  };
  const leave = () => {
    void session.saveNow();
    navigate(planPath(session.planId, 'board'));
  };

  if (step === 'board') return <ResultStep onBack={() => goTo('walk-away')} />;
  const text = STEP_TEXT[step];
  return (
    <GuidedStepFrame
      key={step}
      step={step}
      title={text.title}
      lead={text.lead}
      nextLabel={text.next}
      onNext={() => goTo(nextStep(step))}
      onBack={() => goTo(previousStep(step))}
      onSkip={() => goTo(nextStep(step))}
      onLeave={leave}
      onGoTo={goTo}
    >
      {step === 'offer' ? <OfferStep /> : null}
      {step === 'working' ? <EmploymentControl /> : null}
      {step === 'roles' ? <RolesStep /> : null}
      {step === 'walk-away' ? <WalkAwayStep /> : null}
    </GuidedStepFrame>
  );
}
