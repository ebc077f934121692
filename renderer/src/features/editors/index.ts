/**
 * The plan editors: offers (Plan B and others), dream roles with contacts,
 * criteria with weights, and the scores grid. Each commits valid values to
 * the open plan through `usePlanSession().edit`, so autosave and undo apply.
 */
export { CriteriaEditor } from './CriteriaEditor';
export { DreamRolesEditor } from './DreamRolesEditor';
export { OffersEditor } from './OffersEditor';
export { ScoresGrid } from './ScoresGrid';
