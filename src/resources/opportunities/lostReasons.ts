import { recordId } from '../../operations/inputs';

export const lostReasonId = () =>
  recordId('lostReasonId', {
    label: 'Lost Reason',
    helpText: 'Why the deal was lost, for the Lost status. Pick one of the reasons set up in the location.',
    extra: { dynamic: 'list_lost_reasons.id.name' },
  });
