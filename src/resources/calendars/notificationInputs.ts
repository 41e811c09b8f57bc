import { boolean, choice, longText, text } from '../../operations/inputs';

const RECEIVERS = {
  contact: 'Contact',
  assignedUser: 'Assigned team member',
  guest: 'Guests',
  emails: 'Extra email addresses',
  phoneNumbers: 'Extra phone numbers',
  business: 'Business',
} as const;
const CHANNELS = { email: 'Email', sms: 'SMS', whatsapp: 'WhatsApp', inApp: 'In-app' } as const;
const TYPES = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  followup: 'Follow-up',
  reschedule: 'Rescheduled',
} as const;

/** A calendar notification's own fields; create needs who, how and when. */
export const notificationInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  const required = mode === 'create';
  return [
    choice('receiverType', { label: 'Send To', helpText: `Who gets the message.${keep}`, required }, RECEIVERS),
    choice('channel', { label: 'Channel', helpText: `How it is sent.${keep}`, required }, CHANNELS),
    choice(
      'notificationType',
      { label: 'Notification Type', helpText: `Which booking event sends it.${keep}`, required },
      TYPES,
    ),
    text('subject', { label: 'Subject', helpText: `Email subject line.${keep}` }, 500),
    longText(
      'body',
      {
        label: 'Message',
        helpText: `The message text; HighLevel merge fields such as {{contact.first_name}} work here.${keep}`,
      },
      5000,
    ),
    boolean('isActive', { label: 'Active', helpText: `No keeps the notification set up but switched off.${keep}` }),
  ];
};
