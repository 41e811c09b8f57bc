import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { dateTime, recordId } from '../../operations/inputs';
import type { HttpMethod } from '../../http/endpoint';
import { deletedOutputFields, deletedSample } from '../shared/samples';

/** Adding to and removing from a workflow: one path, two methods, the same inputs. */
export const workflowMembership = (spec: { key: string; label: string; description: string; method: HttpMethod }) =>
  defineGhlCreate({
    key: spec.key,
    noun: 'Workflow',
    label: spec.label,
    description: spec.description,
    endpoint: { method: spec.method, path: '/contacts/{contactId}/workflow/{workflowId}', sendBody: true },
    inputs: [
      contactId(),
      recordId('workflowId', {
        label: 'Workflow',
        helpText: 'The workflow (automation). Pick one from the location.',
        required: true,
        extra: { dynamic: 'list_workflows.id.name' },
      }),
      dateTime('eventStartTime', {
        label: 'Event Start Time',
        helpText:
          'For workflows that count from an event (such as an appointment): when that event starts, in any common form.',
      }),
    ],
    sample: deletedSample,
    outputFields: deletedOutputFields,
  });
