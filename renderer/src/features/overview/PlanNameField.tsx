import { TextInput } from '@mantine/core';
import { planNameError } from '../plans/plan-name';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';

/** The plan's name, edited in place (typing is one undo step per burst). */
export function PlanNameField() {
  const session = usePlanSession();
  const name = usePlan((plan) => plan.name);
  return (
    <TextInput
      label="Plan name"
      description="Shown in the list of plans and on call sheets."
      value={name}
      maxLength={200}
      error={planNameError(name)}
      onChange={(event) => {
        const value = event.currentTarget.value;
        session.edit((plan) => ({ ...plan, name: value }), 'plan.name');
      }}
    />
  );
}
