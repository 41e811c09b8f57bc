import { defineGhlTrigger } from '../../operations/define';
import { choice, text } from '../../operations/inputs';
import { postOutputFields, postSample } from './samples';
import { blogId } from '../../fields/records';
import { POST_STATUSES } from './postInputs';

export default defineGhlTrigger({
  key: 'get_blog_posts',
  noun: 'Post',
  label: 'New or Updated Blog Post',
  description: 'Triggers when a post is added to the chosen blog or updated.',
  endpoint: { method: 'GET', path: '/blogs/posts/all' },
  unwrap: 'blogs',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: [
    blogId('The blog to watch.'),
    choice('status', { label: 'Status', helpText: 'Only posts with this status. Leave empty for all.' }, POST_STATUSES),
    text('searchTerm', { label: 'Search Text', helpText: 'Only posts whose title contains this.' }, 100),
  ],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'offset' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  changeMarkers: ['updatedAt'],
  newestFirstBy: 'updatedAt',
  sample: postSample,
  outputFields: postOutputFields,
});
