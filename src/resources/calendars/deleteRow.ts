import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import type { PlainOutputField } from 'zapier-platform-core';
import { defineGhlCreate } from '../../operations/define';
import type { Input } from '../../operations/inputs';
import { successOutputFields, successSample } from './samples';

/** The Calendars deletes differ only in what they delete and where: one shape for all of them. */
export const calendarDelete = (spec: {
  key: string;
  noun: string;
  label: string;
  what: string;
  path: string;
  inputs: Input[];
  sample?: Record<string, unknown>;
  outputFields?: PlainOutputField[];
  /** The spec wants a (here empty) JSON body even on this DELETE. */
  sendBody?: boolean;
}) =>
  defineGhlCreate({
    key: spec.key,
    noun: spec.noun,
    label: spec.label,
    description: `Deletes ${spec.what}. This cannot be undone.`,
    endpoint: endpoint(
      'DELETE',
      spec.path,
      API_VERSION.calendarsAndConversations,
      spec.sendBody ? { sendBody: true } : {},
    ),
    inputs: spec.inputs,
    sample: spec.sample ?? successSample,
    outputFields: spec.outputFields ?? successOutputFields,
  });
