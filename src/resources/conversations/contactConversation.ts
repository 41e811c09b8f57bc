import { errors } from 'zapier-platform-core';
import { subAccountOf } from '../../auth/connection';
import { API_VERSION } from '../../config';
import { endpoint } from '../../http/endpoint';
import { AttachmentProblem, UPLOAD_CALL, uploadAttachments } from '../../operations/attachments';
import type { GhlCaller, Lookup } from '../../operations/spec';

export const findConversation = endpoint('GET', '/conversations/search', API_VERSION.calendarsAndConversations);
export const createConversation = endpoint('POST', '/conversations/', API_VERSION.calendarsAndConversations);

/** The contact's conversation: the existing one, or a new one when they have none yet. */
export const contactConversation = async (ghl: GhlCaller, values: Record<string, unknown>) => {
  const { contactId: contact, locationId } = values;
  const found = await ghl(findConversation, { locationId, contactId: contact, limit: 1 });
  const existing = (found?.conversations as Array<{ id?: string }> | undefined)?.[0]?.id;
  if (existing) return { conversationId: existing };
  const created = await ghl(createConversation, { locationId, contactId: contact });
  const conversationId = (created?.conversation as { id?: string } | undefined)?.id;
  // GHL answers 404 for a contact it does not have: say so, rather than send a message with no conversation.
  if (!conversationId) {
    throw new errors.Error(
      `HighLevel has no contact ${String(contact)} in this location, so the message could not be logged or sent: map the Contact ID from Find or Create Contact.`,
      'ContactNotFound',
      404,
    );
  }
  return { conversationId };
};

/**
 * The step's attachments uploaded to the contact's conversation (found or started): the URLs
 * GHL keeps, sent in place of the files given. Nothing is looked up when there are none.
 */
export const uploadedAttachments = async (
  ghl: GhlCaller,
  values: Record<string, unknown>,
  io: Parameters<Lookup['run']>[2],
  conversationId?: string,
): Promise<Record<string, unknown>> => {
  const urls = values.attachments as string[] | undefined;
  if (!urls?.length) return {};
  const locationId = values.locationId ?? subAccountOf(io.bundle);
  const conversation = conversationId ?? (await contactConversation(ghl, { ...values, locationId })).conversationId;
  try {
    const to = { conversationId: conversation, contactId: values.contactId, locationId };
    return { attachments: await uploadAttachments(io.z, io.bundle, urls, to) };
  } catch (error) {
    if (!(error instanceof AttachmentProblem)) throw error;
    throw new errors.Error(`Please fix the step's fields: "Attachments" ${error.message}.`, 'InvalidInput', 400);
  }
};

/** Every call `uploadedAttachments` may make. */
export const ATTACHMENT_CALLS = [UPLOAD_CALL];
