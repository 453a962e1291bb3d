import type { ActionStatus } from '../../models/action.js';

/** How reports write an action's status. */
export const ACTION_STATUS_TEXT: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};
