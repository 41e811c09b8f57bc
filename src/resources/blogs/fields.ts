import { recordId } from '../../operations/inputs';

export const blogId = (helpText: string) =>
  recordId('blogId', { label: 'Blog', helpText, required: true, extra: { dynamic: 'get_blogs.id.name' } });

export const POST_STATUSES = { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' };
