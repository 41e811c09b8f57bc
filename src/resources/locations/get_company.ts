import { defineGhlTrigger } from '../../operations/define';
import { companyOutputFields, companySample } from './samples';

export default defineGhlTrigger({
  key: 'get_company',
  noun: 'Company',
  label: 'Updated Company',
  description:
    "Triggers when the connected agency's details are first read and again each time its number of sub-accounts changes. Needs a connection made by an agency user.",
  audience: 'agency',
  endpoint: { method: 'GET', path: '/companies/{companyId}' },
  unwrap: 'company',
  fromConnection: ['companyId'],
  inputs: [],
  changeMarkers: ['locationCount'],
  sample: companySample,
  outputFields: companyOutputFields,
});
