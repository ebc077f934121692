import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import type { DreamRole } from '@shared/plan';
import { usePlanSession } from '../plan/usePlanSession';
import { ContactsEditor } from './ContactsEditor';
import { LikelihoodFields } from './LikelihoodFields';
import { PayDetails, type SavePay } from './pay/PayDetails';
import { PayFields } from './PayFields';
import { removeDreamRole, updateRole } from './plan-edits';
import { RemoveButton } from './RemoveButton';
import { RoleBasicsFields } from './RoleBasicsFields';
import { showRemovalNotice } from './removal-notice';
import { roleSpec, roleWarnings } from './role-draft';
import { UnsavedDraftsNote } from './UnsavedDraftsNote';
import { useDraftForm } from './useDraftForm';
import { useNamesLike } from './useNamesLike';
import { Textarea } from './memo-inputs';
import { WalkAwayField } from './WalkAwayField';
import { offscreenCard } from '../../components/offscreen';

/**
 * Editing one dream role: the employer you would rather join than Plan B.
 * Memoized: typing in one card re-renders that card, not every card.
 */
export const DreamRoleCard = memo(function DreamRoleCard({ role }: { role: DreamRole }) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (r: DreamRole) => DreamRole, key: string) => session.edit((plan) => updateRole(plan, role.id, recipe), key),
    [session, role.id],
  );
  const draft = useDraftForm(role, roleSpec, save, `role:${role.id}`);
  const savePay = useCallback<SavePay>(
    (recipe, key) =>
      session.edit((plan) => updateRole(plan, role.id, (r) => ({ ...r, estimatedCompensation: recipe(r.estimatedCompensation) })), key),
    [session, role.id],
  );
  const otherCompanies = useNamesLike(draft.form.values.company, (plan) => plan.dreamRoles.filter((r) => r.id !== role.id).map((r) => r.company));
  const warnings = roleWarnings(draft.form.values, otherCompanies);
  const heading = role.company || 'New dream role';

  const remove = useCallback(
    (shown: string) => {
      session.edit((plan) => removeDreamRole(plan, role.id));
      showRemovalNotice(session, 'Dream role removed', `${shown} is no longer in this plan.`);
    },
    [session, role.id],
  );
  // Kept as one element, so PayFields (a draft part) sees the same children while the pay is unchanged.
  const payDetails = useMemo(
    () => <PayDetails compensation={role.estimatedCompensation} save={savePay} keyPrefix={`role:${role.id}`} name={heading} />,
    [role.estimatedCompensation, savePay, role.id, heading],
  );

  return (
    <Card withBorder padding="lg" component="section" aria-label={`Dream role: ${heading}`} data-testid="dream-role-card" {...offscreenCard(1400)}>
      <Stack gap="md">
        <RoleCardHeader heading={heading} priority={role.priority} onRemove={remove} />
        <UnsavedDraftsNote errors={draft.form.errors} />
        <RoleBasicsFields draft={draft} warnings={warnings} />
        <ContactsEditor role={role} />
        <WalkAwayField draft={draft} />
        <PayFields draft={draft} legend="Estimated compensation per year" currency={role.estimatedCompensation.currency}>
          {payDetails}
        </PayFields>
        <LikelihoodFields draft={draft} />
        <Textarea label="Notes" autosize minRows={2} maxLength={10_000} {...draft.field('notes')} />
      </Stack>
    </Card>
  );
});

/**
 * The card's heading and its remove button. The heading follows the company a
 * frame later (useDeferredValue): a keystroke in Company paints its character
 * first, and this renders in the next, interruptible render.
 */
const RoleCardHeader = memo(function RoleCardHeader({ heading, priority, onRemove }: HeaderProps) {
  const shown = useDeferredValue(heading);
  return useMemo(
    () => (
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4">
            {shown}
          </Title>
          <Badge variant="light" color="indigo">
            Priority {priority}
          </Badge>
        </Group>
        <RemoveButton label={`Remove the dream role at ${shown}`} onRemove={() => onRemove(shown)} />
      </Group>
    ),
    [shown, priority, onRemove],
  );
});

interface HeaderProps {
  heading: string;
  priority: number;
  /** Removes the role; `shown` is the heading as shown, for the notice. */
  onRemove: (shown: string) => void;
}
