import type { Bundle, HttpRequestOptions, ZObject } from 'zapier-platform-core';
import { bearerFor } from '../auth/bearer';
import { SUB_ACCOUNT_INPUT, isAgencyConnection, subAccountOf } from '../auth/connection';
import { API_VERSION } from '../config';
import { sendToGhl, toRequest } from '../http/client';
import { prepareCall } from './run';
import type { FileSpec, OperationSpec } from './spec';

/** What a file pointer carries: one GHL download, already addressed. */
export type FileRequest = {
  path: string;
  params: Record<string, unknown>;
  version: string;
  name: string;
  /** On an agency connection, the sub-account whose location token downloads it. */
  locationId?: string;
};

/** The extensions people expect for what GHL sends (core would name MP3s ".mpga"). */
const EXTENSIONS: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'text/plain': 'txt',
  'application/pdf': 'pdf',
};

/**
 * Hydrator: downloads the file from GHL and stashes it with Zapier. Zapier runs it only when a
 * later step uses the file, so polling never downloads recordings.
 */
export const downloadGhlFile = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const { path, params, version, name } = bundle.inputData as FileRequest;
  // The bearer token is added to this request: it may only ever go to GHL.
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new z.errors.Error(
      'This file link is not a HighLevel download: run the trigger again to get a fresh one.',
      'InvalidFileLink',
      400,
    );
  }
  const { authorization } = await bearerFor(z, bundle);
  const download = await z.request({
    url: path,
    method: 'GET',
    params,
    headers: { Version: version, Accept: '*/*', Authorization: authorization },
    raw: true,
  });
  const extension = EXTENSIONS[(download.getHeader('content-type') ?? '').split(';')[0]!.trim().toLowerCase()];
  // Core stashes a raw response as a stream; its types only name strings, buffers and streams.
  return z.stashFile(
    download as unknown as NodeJS.ReadableStream,
    undefined,
    extension ? `${name}.${extension}` : name,
  );
};

/**
 * Whether GHL has the file, from one request whose answer is not read (the hydrator downloads
 * it only when a later step uses it): a message without a recording answers 404.
 */
const fileIsThere = async (
  z: ZObject,
  bundle: Bundle,
  spec: OperationSpec,
  request: HttpRequestOptions & { url: string },
) => {
  const response = await sendToGhl(
    z,
    bundle,
    {
      ...request,
      headers: { ...(request.headers as Record<string, string>), Accept: '*/*' },
      raw: true,
      middlewareData: { ...request.middlewareData, allowNotFound: true },
      skipThrowForStatus: true,
    },
    spec.audience,
  );
  // Core's raw answer is a stream: dropped unread, so polling never downloads the file.
  (response as unknown as { body?: { destroy?: () => void } }).body?.destroy?.();
  return response.status !== 404;
};

/**
 * A file trigger's one row, when GHL has the file: the inputs that name it, and the file itself,
 * fetched on use. No row (the trigger does not fire, the search finds nothing) when it has none.
 */
export const fileRows = async (z: ZObject, bundle: Bundle, spec: OperationSpec, file: FileSpec) => {
  const { inputValues, endpoint, values } = await prepareCall(z, bundle, spec);
  const request = toRequest({ endpoint, values });
  if (!(await fileIsThere(z, bundle, spec, request))) return [];
  const pointer: FileRequest = {
    path: request.url,
    params: (request.params ?? {}) as Record<string, unknown>,
    version: endpoint.version ?? API_VERSION.standard,
    name: file.name(values),
    ...(isAgencyConnection(bundle) ? { [SUB_ACCOUNT_INPUT]: subAccountOf(bundle) } : {}),
  };
  return [{ ...inputValues, [file.key]: z.dehydrateFile(downloadGhlFile, pointer) }];
};

/** What a media file pointer carries: a public link GHL gave (a message's attachment). */
export type MediaRequest = { url: string; name: string };

/**
 * Hydrator: streams a message's attachment from where GHL keeps it into Zapier's file store.
 * GHL's attachment links are public storage links: no token goes with them.
 */
export const downloadMedia = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const { url, name } = bundle.inputData as MediaRequest;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw new z.errors.Error(
      'This attachment link is not a web link: run the step again to get a fresh one.',
      'InvalidFileLink',
      400,
    );
  }
  const response = await z.request({ url, method: 'GET', raw: true });
  return z.stashFile(response as unknown as NodeJS.ReadableStream, undefined, name);
};

/** A file's name from its link: the last part of its path, decoded ("smile.jpg"). */
export const nameFromLink = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'attachment';
  } catch {
    return 'attachment';
  }
};

/** A public link as a Zapier file, fetched by `downloadMedia` only when a later step uses it. */
export const mediaFile = (z: ZObject, url: string) =>
  z.dehydrateFile(downloadMedia, { url, name: nameFromLink(url) } satisfies MediaRequest);

/** Each row's media links, also as Zapier files (`spec.media`). */
export const withMediaFiles = (
  z: ZObject,
  spec: Pick<OperationSpec, 'media'>,
  rows: Array<Record<string, unknown>>,
) => {
  const { media } = spec;
  if (!media) return rows;
  return rows.map((row) => {
    const links = Array.isArray(row[media.from])
      ? (row[media.from] as unknown[]).filter((u) => typeof u === 'string')
      : [];
    if (!links.length) return row;
    return { ...row, [media.to]: (links as string[]).map((url) => mediaFile(z, url)) };
  });
};
