import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Definition, type Field, type Located, operationsOf, staticFields, where } from './definition';
import { isTitleCase, toTitleCase } from './titleCase';

/**
 * Zapier's publishing checks that can be judged from the app definition alone, one rule per
 * check, with Zapier's code (D001…, as Zapier's integration checks and publishing requirements
 * name them). `breaks` makes one change to a
 * copy of the definition that the rule must catch, so every rule is shown to be able to fail.
 */
export interface Rule {
  code: string;
  title: string;
  check: (app: Listing) => string[];
  breaks: (app: Listing) => void;
}

/**
 * What Zapier reviews: the definition, the marketplace description (package.json's) and the
 * URLs the code builds requests and the login page from (functions in the definition).
 */
export interface Listing {
  def: Definition;
  description: string;
  codeUrls: string[];
}

export const appDescription = (): string =>
  (JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { description: string })
    .description;

/** "New …", "Updated …", or an event in the past tense ("Task Completed", "Opportunity Moved to Stage"). */
const TRIGGER_EVENT_LABEL =
  /^(New|Updated) |\b(Created|Updated|Added|Completed|Received|Booked|Changed|Moved|Deleted|Removed|Submitted)\b/;

const visible = (def: Definition) => operationsOf(def).filter(({ op }) => !op.display.hidden);
/** ID fields no GHL endpoint lists, so no dropdown can offer them: each says why. */
const NOT_LISTABLE: Record<string, string> = {
  'creates.live_chat_agent_typing field "visitorId"':
    'GHL has no endpoint that lists live chat visitors; the chat widget gives the ID',
  'creates.add_inbound_message field "altId"':
    "the SMS gateway's own message ID, mapped from the gateway's trigger: HighLevel has no list of it",
};

const fieldsOf = (def: Definition) =>
  operationsOf(def).flatMap((at) => staticFields(at.op.operation.inputFields).map((field) => ({ at, field })));
const outputFieldsOf = (at: Located) => staticFields(at.op.operation.outputFields);
const first = <T>(record: Record<string, T> | undefined): T => Object.values(record ?? {})[0]!;
const firstField = (def: Definition, kind: 'triggers' | 'searches' | 'creates' = 'creates'): Field =>
  staticFields(
    Object.values(def[kind] ?? {}).find((op) => staticFields(op.operation.inputFields).length)!.operation.inputFields,
  )[0]!;

/** Every string in the definition, with where it sits. */
const strings = (node: unknown, path = ''): Array<{ path: string; value: string }> => {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
};
const prose = (def: Definition) => strings(def).filter(({ path }) => /(description|helpText)$/.test(path));

const SECRET_KEY =
  /(^|_)(api_?key|apikey|token|access_token|refresh_token|secret|client_secret|password|passwd|pswd|jwt|signature)($|_)/i;
const normalise = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|^\d{1,2} [A-Z][a-z]{2} \d{4}/;
const triggerKeyOf = (ref: string) => ref.split('.')[0]!;

const typeMatches = (type: string | undefined, value: unknown): boolean => {
  if (value === null || value === undefined || !type) return true;
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return typeof value === 'string' && (ISO_DATE.test(value) || ISO_DATE_TIME.test(value));
    case 'string':
    case 'text':
      return typeof value === 'string' || Array.isArray(value);
    default:
      return true;
  }
};

/** Reads a sample value by an output field key (`tags[]`, `a__b`). */
const sampleValue = (sample: Record<string, unknown>, key: string): unknown => {
  const parts = key.replace(/\[\]/g, '').split('__');
  let node: unknown = sample;
  for (const part of parts)
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
};

export const RULES: Rule[] = [
  {
    code: 'D001',
    title: 'Input Fields Should Be Insensitive',
    check: ({ def }) =>
      fieldsOf(def)
        .filter(({ field }) => SECRET_KEY.test(field.key))
        .map(({ at, field }) => `${where(at, field)} asks for a credential`),
    breaks: ({ def }) => {
      firstField(def).key = 'api_key';
    },
  },
  {
    code: 'D003',
    title: 'Connection Label Should Be Valid',
    check: ({ def }) => {
      const label = def.authentication?.connectionLabel;
      if (!label) return ['authentication has no connectionLabel'];
      return typeof label === 'string' && /token|api_key|password|secret/i.test(label)
        ? [`connectionLabel "${label}" shows a secret`]
        : [];
    },
    breaks: ({ def }) => {
      def.authentication!.connectionLabel = '{{bundle.authData.access_token}}';
    },
  },
  {
    code: 'D004',
    title: 'ID Fields Should Have Dynamic Dropdowns',
    check: ({ def }) =>
      fieldsOf(def)
        .filter(
          ({ field }) =>
            (/Id$/.test(field.key) || /\bIDs?$/.test(field.label ?? '')) && !field.dynamic && !field.choices,
        )
        .filter(({ at, field }) => !NOT_LISTABLE[where(at, field)])
        .map(({ at, field }) => `${where(at, field)} takes a raw ID without a dropdown`),
    breaks: ({ def }) => {
      firstField(def).key = 'contactId';
      delete firstField(def).dynamic;
    },
  },
  {
    code: 'D005',
    title: 'Dynamic Dropdown Connects to an Existing Trigger',
    check: ({ def }) =>
      fieldsOf(def)
        .filter(({ field }) => field.dynamic && !def.triggers?.[triggerKeyOf(field.dynamic)])
        .map(({ at, field }) => `${where(at, field)} uses dropdown "${field.dynamic}" with no such trigger`),
    breaks: ({ def }) => {
      firstField(def).dynamic = 'no_such_trigger.id.name';
    },
  },
  {
    code: 'D006',
    title: 'REST Hook Trigger Needs a Polling URL',
    check: ({ def }) =>
      operationsOf(def)
        .filter(({ kind, op }) => kind === 'triggers' && op.operation.type === 'hook' && !op.operation.performList)
        .map((at) => `${where(at)} is a hook trigger without performList`),
    breaks: ({ def }) => {
      first(def.triggers).operation.type = 'hook';
    },
  },
  {
    code: 'D007',
    title: 'All URLs Should Be HTTPS',
    check: ({ def, codeUrls }) => [
      ...strings(def)
        .filter(({ value }) => /\bhttp:\/\//i.test(value))
        .map(({ path }) => `${path} has an http:// URL`),
      ...codeUrls.filter((url) => !url.startsWith('https://')).map((url) => `the app calls ${url}, which is not HTTPS`),
    ],
    breaks: (app) => {
      app.codeUrls.push('http://services.leadconnectorhq.com');
    },
  },
  {
    code: 'D008',
    title: 'Valid Markdown Links',
    check: ({ def }) =>
      prose(def).flatMap(({ path, value }) => {
        const unquoted = value.replace(/`[^`]*`/g, '').replace(/\[[^\]]+\]\(https:\/\/[^\s)]+\)/g, '');
        return /https?:\/\/|\]\(|\[[^\]]*\]\((?!https:\/\/)/.test(unquoted)
          ? [`${path} has a bare URL or a broken markdown link`]
          : [];
      }),
    breaks: ({ def }) => {
      first(def.creates).display.description += ' Docs: https://highlevel.stoplight.io';
    },
  },
  {
    code: 'D009',
    title: 'Requires at Least One Search Field',
    check: ({ def }) =>
      operationsOf(def)
        .filter(({ kind, op }) => kind === 'searches' && !(op.operation.inputFields ?? []).length)
        .map((at) => `${where(at)} has no input fields`),
    breaks: ({ def }) => {
      first(def.searches).operation.inputFields = [];
    },
  },
  {
    code: 'D010',
    title: 'Primary Key Fields in Static Sample Data',
    check: ({ def }) =>
      operationsOf(def)
        .filter(({ kind }) => kind === 'triggers')
        .flatMap((at) => {
          const sample = at.op.operation.sample ?? {};
          const primary = outputFieldsOf(at)
            .filter((f) => f.primary)
            .map((f) => f.key);
          const keys = primary.length ? primary : ['id'];
          return keys.filter((k) => sample[k] === undefined).map((k) => `${where(at)} sample lacks its key "${k}"`);
        }),
    breaks: ({ def }) => {
      delete first(def.triggers).operation.sample!.id;
    },
  },
  {
    code: 'D011',
    title: 'Redundant Help Text',
    check: ({ def }) =>
      fieldsOf(def)
        .filter(({ field }) => field.helpText !== undefined && normalise(field.helpText) === normalise(field.label))
        .map(({ at, field }) => `${where(at, field)} help text only repeats its label`),
    breaks: ({ def }) => {
      const field = firstField(def);
      field.helpText = `${field.label}.`;
    },
  },
  {
    code: 'D012',
    title: 'Static Sample Is Required',
    check: ({ def }) =>
      visible(def)
        .filter(({ op }) => !op.operation.sample || !Object.keys(op.operation.sample).length)
        .map((at) => `${where(at)} has no sample`),
    breaks: ({ def }) => {
      delete first(def.creates).operation.sample;
    },
  },
  {
    code: 'D013',
    title: 'Search Connector Connects to an Existing Search',
    check: ({ def }) =>
      fieldsOf(def)
        .filter(({ field }) => field.search && !def.searches?.[triggerKeyOf(field.search)])
        .map(({ at, field }) => `${where(at, field)} links to search "${field.search}" that does not exist`),
    breaks: ({ def }) => {
      firstField(def).search = 'find_nothing.id';
    },
  },
  {
    code: 'D014',
    title: "Search Connector Can't Be Combined With Lists or Children",
    check: ({ def }) =>
      fieldsOf(def)
        .filter(
          ({ field }) =>
            field.search &&
            (field.list ||
              field.dict ||
              field.children ||
              !['string', 'number', 'integer', undefined].includes(field.type)),
        )
        .map(
          ({ at, field }) =>
            `${where(at, field)} combines a search connector with a list, dict, children or type ${field.type}`,
        ),
    breaks: ({ def }) => {
      const field = firstField(def);
      Object.assign(field, { search: `${Object.keys(def.searches ?? {})[0]}.id`, list: true });
    },
  },
  {
    code: 'D015',
    title: 'Search-or-Create Connects to an Existing Action and Search',
    check: ({ def }) =>
      Object.values(def.searchOrCreates ?? {}).flatMap((soc) => [
        ...(def.searches?.[soc.search] ? [] : [`searchOrCreates.${soc.key} names missing search "${soc.search}"`]),
        ...(def.creates?.[soc.create] ? [] : [`searchOrCreates.${soc.key} names missing create "${soc.create}"`]),
      ]),
    breaks: ({ def }) => {
      first(def.searchOrCreates).create = 'create_nothing';
    },
  },
  {
    code: 'D017',
    title: 'Static Hook Is Discouraged',
    check: ({ def }) =>
      operationsOf(def)
        .filter(
          ({ op }) =>
            op.operation.type === 'hook' && (!op.operation.performSubscribe || !op.operation.performUnsubscribe),
        )
        .map((at) => `${where(at)} is a static webhook (no subscribe/unsubscribe)`),
    breaks: ({ def }) => {
      Object.assign(first(def.triggers).operation, { type: 'hook', performList: '$func$2$f$' });
    },
  },
  {
    code: 'D018',
    title: 'Titlecased Label',
    check: ({ def }) =>
      [
        ...visible(def).map((at) => ({ at: where(at), label: at.op.display.label ?? '' })),
        ...Object.values(def.searchOrCreates ?? {}).map((s) => ({
          at: `searchOrCreates.${s.key}`,
          label: s.display.label ?? '',
        })),
      ]
        .filter(({ label }) => !isTitleCase(label))
        .map(({ at, label }) => `${at} label "${label}" should be "${toTitleCase(label)}"`),
    breaks: ({ def }) => {
      first(def.creates).display.label = 'Create a new thing';
    },
  },
  {
    code: 'D021',
    title: 'Trigger Description Requirements',
    check: ({ def }) =>
      visible(def)
        .filter(({ kind, op }) => kind === 'triggers' && !/^Triggers when .+\.$/s.test(op.display.description ?? ''))
        .map((at) => `${where(at)} description must start with "Triggers when" and end with "."`),
    breaks: ({ def }) => {
      first(def.triggers).display.description = 'New contacts';
    },
  },
  {
    code: 'D022',
    title: 'Creates Should Have Static Input Fields',
    check: ({ def }) =>
      operationsOf(def)
        .filter(({ kind, op }) => kind === 'creates' && !staticFields(op.operation.inputFields).length)
        .map((at) => `${where(at)} has no static input fields`),
    breaks: ({ def }) => {
      first(def.creates).operation.inputFields = ['$func$2$f$'];
    },
  },
  {
    code: 'D023',
    title: 'ISO-8601 Date/Time Format in Static Sample',
    check: ({ def }) =>
      operationsOf(def).flatMap((at) =>
        strings(at.op.operation.sample ?? {})
          .filter(({ value }) => LOOKS_LIKE_DATE.test(value) && !ISO_DATE.test(value) && !ISO_DATE_TIME.test(value))
          .map(({ path, value }) => `${where(at)} sample ${path} = "${value}" is not ISO-8601 with a time zone`),
      ),
    breaks: ({ def }) => {
      first(def.triggers).operation.sample!.dateAdded = '2026-11-20 08:14:26';
    },
  },
  {
    code: 'D024',
    title: 'Static Sample Respects Output Field Definition',
    check: ({ def }) =>
      operationsOf(def).flatMap((at) => {
        const sample = at.op.operation.sample ?? {};
        return outputFieldsOf(at).flatMap((f) => {
          const value = sampleValue(sample, f.key);
          if (f.required && value === undefined) return [`${where(at)} sample lacks required output "${f.key}"`];
          const values = Array.isArray(value) && f.key.includes('[]') ? value : [value];
          return values.every((v) => typeMatches(f.type, v))
            ? []
            : [`${where(at)} sample "${f.key}" is not a ${f.type}`];
        });
      }),
    breaks: ({ def }) => {
      first(def.triggers).operation.sample!.dnd = 'no';
    },
  },
  {
    code: 'D025',
    title: 'URLs Should Not Be Dangerous URIs',
    check: ({ def }) =>
      strings(def)
        .filter(({ value }) => /^\s*(javascript|data|vbscript):/i.test(value))
        .map(({ path }) => `${path} is a dangerous URI`),
    breaks: ({ def }) => {
      first(def.triggers).operation.sample!.website = 'javascript:alert(1)';
    },
  },
  {
    code: 'D028',
    title: 'Clean Input Data Disabled',
    check: ({ def }) => [
      ...(def.flags?.cleanInputData === false ? [] : ['flags.cleanInputData must be false']),
      ...operationsOf(def)
        .filter(({ op }) => op.operation.cleanInputData)
        .map((at) => `${where(at)} turns cleanInputData on`),
    ],
    breaks: ({ def }) => {
      def.flags = { ...def.flags, cleanInputData: true };
    },
  },
  {
    code: 'ZDE008',
    title: 'A Test Call Must Exist',
    check: ({ def }) => (def.authentication?.test ? [] : ['authentication has no test call']),
    breaks: ({ def }) => {
      delete def.authentication!.test;
    },
  },
  {
    code: 'ZDW001',
    title: 'Every Operation Needs a Noun',
    check: ({ def }) =>
      operationsOf(def)
        .filter(({ op }) => !op.noun || !isTitleCase(op.noun))
        .map((at) => `${where(at)} needs a Title Case noun`),
    breaks: ({ def }) => {
      first(def.creates).noun = '';
    },
  },
  {
    code: 'ZDW002',
    title: 'Help Text Within Length Limit',
    check: ({ def }) =>
      prose(def)
        .filter(({ value }) => value.length > 1000)
        .map(({ path }) => `${path} is over 1,000 characters`),
    breaks: ({ def }) => {
      firstField(def).helpText = 'x'.repeat(1001);
    },
  },
  {
    code: 'ZDE016',
    title: 'No Credentials Asked in Actions (OAuth2 Handles Them)',
    check: ({ def }) =>
      def.authentication?.type === 'oauth2' && (def.authentication.fields ?? []).every((f) => !SECRET_KEY.test(f.key))
        ? []
        : ['authentication must be OAuth2 with no pasted secrets'],
    breaks: ({ def }) => {
      def.authentication!.fields = [{ key: 'api_key', label: 'API Key' }];
    },
  },
  {
    code: 'PR-5.x',
    title: 'Action Descriptions Start With a Verb and End With a Period',
    check: ({ def }) =>
      visible(def)
        .filter(({ kind, op }) => kind === 'creates' && !/^[A-Z][a-z]+s\b.+\.$/s.test(op.display.description ?? ''))
        .map((at) => `${where(at)} description should read like "Creates a new contact."`),
    breaks: ({ def }) => {
      first(def.creates).display.description = 'Create a contact';
    },
  },
  {
    code: 'PR-6.x',
    title: 'Searches Are Named Find and Described With Finds',
    check: ({ def }) =>
      visible(def)
        .filter(
          ({ kind, op }) =>
            kind === 'searches' &&
            (!/^Find /.test(op.display.label ?? '') || !/^Finds .+\.$/s.test(op.display.description ?? '')),
        )
        .map((at) => `${where(at)} should be labelled "Find …" and described "Finds … ."`),
    breaks: ({ def }) => {
      first(def.searches).display.label = 'Get Contact';
    },
  },
  {
    code: 'PR-6.key',
    title: 'Searches Have find_ Keys and Sample One Record',
    check: ({ def }) =>
      visible(def)
        .filter(
          ({ kind, key, op }) =>
            kind === 'searches' &&
            (!/^find_[a-z_]+$/.test(key) || !op.operation.sample || Array.isArray(op.operation.sample)),
        )
        .map((at) => `${where(at)} should have a key like find_lead and a sample of one record`),
    breaks: ({ def }) => {
      (first(def.searches).operation as { sample: unknown }).sample = [{ id: '1' }];
    },
  },
  {
    code: 'PR-4.event',
    title: 'Visible Triggers Are Named as Events',
    check: ({ def }) =>
      visible(def)
        .filter(({ kind, op }) => kind === 'triggers' && !TRIGGER_EVENT_LABEL.test(op.display.label ?? ''))
        .map(
          (at) =>
            `${where(at)} is labelled like a read; name it "New …", "Updated …" or as an event ("Task Completed")`,
        ),
    breaks: ({ def }) => {
      first(def.triggers).display.label = 'Get Contact Tasks';
    },
  },
  {
    code: 'PR-5.delete',
    title: 'Delete Actions Say They Cannot Be Undone',
    check: ({ def }) =>
      visible(def)
        .filter(
          ({ kind, op }) =>
            kind === 'creates' &&
            /^Delete/.test(op.display.label ?? '') &&
            !/cannot be undone/i.test(op.display.description ?? ''),
        )
        .map((at) => `${where(at)} deletes but does not say it cannot be undone`),
    breaks: ({ def }) => {
      const del = Object.values(def.creates ?? {}).find((op) => /^Delete/.test(op.display.label ?? ''))!;
      del.display.description = 'Deletes a thing.';
    },
  },
  {
    code: 'M002',
    title: 'App Description Is Valid',
    check: ({ description }) => [
      ...(description.startsWith('HighLevel is a') ? [] : ['the app description must start with "HighLevel is a"']),
      ...(description.length >= 40 && description.length <= 140
        ? []
        : ['the app description must be 40 to 140 characters']),
      ...(/zapier|\bsync/i.test(description) ? ['the app description must not mention Zapier or "sync"'] : []),
    ],
    breaks: (app) => {
      app.description = 'Sync HighLevel with Zapier.';
    },
  },
];
