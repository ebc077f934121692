import { Radio, Stack, Text } from '@mantine/core';
import { deadlineStatus } from '@shared/board/deadline';
import { roleName } from '@shared/board/labels';
import { planB, WalkAwayAnswer, type DreamRole } from '@shared/plan';
import { userLocale } from '../board/user-locale';
import { WALK_AWAY_LABELS, WALK_AWAY_ORDER } from '../editors/labels';
import { updateRole } from '../editors/plan-edits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';


/** Step 4: for each employer, the walk-away answer, asked as the plain question. */
export function WalkAwayStep() {
  const roles = usePlan((plan) => plan.dreamRoles);
  const offer = usePlan((plan) => planB(plan) ?? null);
  const open = roles.filter((r) => r.stage !== 'closed');
  if (open.length === 0) {
    return <Text>No employers yet: go back a step to add one, or skip this.</Text>;
  }
  const planBName = offer?.company.trim() || 'your Plan B offer';
  const deadline = offer ? deadlineStatus(offer, new Date(), userLocale()) : null;
  const by = deadline?.deadlineDisplay ? `by ${deadline.deadlineDisplay}` : 'before your deadline';
  return (
    <Stack gap="lg">
      {open.map((role) => (
        <WalkAwayQuestion
          key={role.id}
          role={role}
          question={
            offer
              ? `If ${roleName(role)} cannot give you an answer ${by}, are you ready to walk away from them and accept ${planBName}?`
              : `If ${roleName(role)} cannot give you an answer in time, what will you do?`
          }
        />
      ))}
    </Stack>
  );
}

function WalkAwayQuestion({ role, question }: { role: DreamRole; question: string }) {
  const session = usePlanSession();
  const choose = (value: string) => {
    const parsed = WalkAwayAnswer.safeParse(value);
    if (parsed.success) session.edit((plan) => updateRole(plan, role.id, (r) => ({ ...r, walkAwayAnswer: parsed.data })));
  };
  return (
    <Radio.Group label={question} value={role.walkAwayAnswer} onChange={choose} data-testid="walk-away-question">
      <Stack gap="xs" mt="xs">
        {WALK_AWAY_ORDER.map((answer) => (
          <Radio key={answer} value={answer} label={WALK_AWAY_LABELS[answer]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
