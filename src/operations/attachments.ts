import type { Bundle, ZObject } from 'zapier-platform-core';
import { API_VERSION } from '../config';
import { endpoint } from '../http/endpoint';
import { sendToGhl } from '../http/client';
import { nameFromLink } from './files';
import type { FieldText, Input } from './inputs';
import { blankToUndefined, parserOf } from './inputs';
import { formData } from './lazyLibraries';

export const UPLOAD_CALL = endpoint('POST', '/conversations/messages/upload', API_VERSION.calendarsAndConversations);

/** The file types GHL's upload takes (its spec lists them), by extension and by the types hosts send for them. */
const ALLOWED = {
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  mp4: ['video/mp4'],
  mpeg: ['video/mpeg', 'audio/mpeg'],
  zip: ['application/zip', 'application/x-zip-compressed'],
  rar: ['application/vnd.rar', 'application/x-rar-compressed'],
  pdf: ['application/pdf'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  txt: ['text/plain'],
  mp3: ['audio/mpeg', 'audio/mp3'],
  wav: ['audio/wav', 'audio/x-wav', 'audio/wave'],
} as const;
const ALLOWED_NAMES = Object.keys(ALLOWED)
  .map((e) => e.toUpperCase())
  .join(', ');
const EXTENSION_OF_TYPE = new Map<string, string>(
  Object.entries(ALLOWED).flatMap(([extension, types]) => types.map((type) => [type, extension] as const)),
);

/**
 * GHL's spec names a 413 for the upload but no size; MMS through LC Phone (Twilio underneath)
 * carries at most 5 MB a message, so that is the limit per file and for the message.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 10;

/**
 * Files to attach: Zapier `file` fields (a file from an earlier step, or a public link) arrive as
 * URLs, downloaded and uploaded to GHL before the message is sent, so its links last.
 */
export const attachmentFiles = (key: string, t: FieldText): Input => ({
  // The contract tests answer only GHL's host, so their example fills no file to download.
  example: t.example ?? '',
  field: { key, label: t.label, helpText: t.helpText, required: false, type: 'file', list: true },
  parse: parserOf((zod) =>
    zod.preprocess(
      (value) => {
        const given = blankToUndefined(value);
        return given === undefined || Array.isArray(given) ? given : [given];
      },
      zod
        .array(
          zod.string().refine((url) => /^https?:\/\/\S+$/i.test(url), 'must be a file or a link to one (https://…)'),
        )
        .max(MAX_FILES, `may hold at most ${MAX_FILES} files`)
        .optional(),
    ),
  ),
});

export class AttachmentProblem extends Error {}

interface Downloaded {
  name: string;
  contentType: string;
  bytes: Buffer;
}

const nameOf = (url: string, disposition: string | null) => {
  const fromHeader = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  return fromHeader || nameFromLink(url);
};

/** The allowed extension of a file, from its name or else the type its host sent; undefined when GHL takes neither. */
const allowedExtension = ({ name, contentType }: Downloaded): string | undefined => {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension && extension in ALLOWED) return extension;
  return extension ? undefined : EXTENSION_OF_TYPE.get(contentType);
};

const download = async (z: ZObject, url: string): Promise<Downloaded> => {
  const response = await z.request({ url, method: 'GET', raw: true, skipThrowForStatus: true });
  if (response.status >= 400)
    throw new AttachmentProblem(
      `"${url}" could not be downloaded (HTTP ${response.status}): map a file or a public link`,
    );
  const bytes = await (response as unknown as { buffer: () => Promise<Buffer> }).buffer();
  const contentType = (response.getHeader('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return { name: nameOf(url, response.getHeader('content-disposition') ?? null), contentType, bytes };
};

/** Every file checked (type, size, the message's total) before any is uploaded; the problem names the file. */
const checked = (files: Downloaded[]) => {
  let total = 0;
  return files.map((file) => {
    const extension = allowedExtension(file);
    if (!extension)
      throw new AttachmentProblem(
        `"${file.name}" (${file.contentType || 'unknown type'}) is not a type HighLevel sends: use ${ALLOWED_NAMES}`,
      );
    const megabytes = (file.bytes.length / 1024 / 1024).toFixed(1);
    if (file.bytes.length > MAX_ATTACHMENT_BYTES)
      throw new AttachmentProblem(`"${file.name}" is ${megabytes} MB: a message's files may be 5 MB at most`);
    total += file.bytes.length;
    if (total > MAX_ATTACHMENT_BYTES)
      throw new AttachmentProblem(`with "${file.name}" the files come to more than 5 MB, the most a message carries`);
    const name = /\.[a-z0-9]+$/i.test(file.name) ? file.name : `${file.name}.${extension}`;
    return { ...file, name };
  });
};

/**
 * Downloads the files, checks them all, then uploads them to the contact's conversation in one
 * request (multipart, `fileAttachment`): GHL answers each file's name with its URL.
 */
export const uploadAttachments = async (
  z: ZObject,
  bundle: Bundle,
  urls: string[],
  to: { conversationId: unknown; contactId: unknown; locationId: unknown },
): Promise<string[]> => {
  const files = checked(await Promise.all(urls.map((url) => download(z, url))));
  const FormData = formData();
  const form = new FormData();
  form.append('conversationId', String(to.conversationId));
  form.append('contactId', String(to.contactId));
  form.append('locationId', String(to.locationId));
  for (const file of files)
    form.append('fileAttachment', file.bytes, { filename: file.name, contentType: file.contentType });
  const response = await sendToGhl(z, bundle, {
    url: UPLOAD_CALL.path,
    method: 'POST',
    headers: { Version: UPLOAD_CALL.version ?? API_VERSION.calendarsAndConversations, ...form.getHeaders() },
    body: form.getBuffer(),
  });
  const uploaded = ((response.data ?? {}) as { uploadedFiles?: Record<string, string> }).uploadedFiles ?? {};
  return files.map((file) => {
    const url = uploaded[file.name];
    if (!url) throw new AttachmentProblem(`HighLevel did not return a link for "${file.name}": try the step again`);
    return url;
  });
};
