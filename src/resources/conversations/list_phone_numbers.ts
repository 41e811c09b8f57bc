import { endpoint } from '../../http/endpoint';
import { defineGhlTrigger } from '../../operations/define';
import { outputField } from '../../operations/outputFields';

/** Feeds Send SMS's From Number dropdown; hidden because a new number is not an event people build Zaps on. */
export default defineGhlTrigger({
  key: 'list_phone_numbers',
  noun: 'Phone Number',
  label: 'List Phone Numbers',
  description: "Triggers when a phone number is added to the location's phone system.",
  hidden: true,
  endpoint: endpoint('GET', '/phone-system/numbers/location/{locationId}'),
  unwrap: 'numbers',
  fromConnection: ['locationId'],
  inputs: [],
  // A number is its own ID: what Send SMS sends as fromNumber.
  idFrom: 'phoneNumber',
  labelOf: (row) => {
    const name = typeof row.friendlyName === 'string' && row.friendlyName ? `${row.friendlyName} ` : '';
    return `${name}(${String(row.phoneNumber)})${row.isDefaultNumber ? ', the default' : ''}`;
  },
  sample: {
    id: '+27215550100',
    phoneNumber: '+27215550100',
    friendlyName: 'Front Desk',
    sid: 'PN0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f',
    countryCode: 'ZA',
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    type: 'local',
    isDefaultNumber: true,
    linkedRingAllUsers: [],
    isGroupConversationEnabled: false,
  },
  outputFields: [
    outputField('id', 'Phone Number'),
    outputField('phoneNumber', 'Phone Number (E.164)'),
    outputField('friendlyName', 'Name'),
    outputField('countryCode', 'Country Code'),
    outputField('type', 'Number Type'),
    outputField('capabilities__sms', 'Can Send SMS', 'boolean'),
    outputField('capabilities__mms', 'Can Send MMS', 'boolean'),
    outputField('isDefaultNumber', 'Default Number', 'boolean'),
  ],
});
