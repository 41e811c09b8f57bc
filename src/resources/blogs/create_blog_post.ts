import { defineGhlCreate } from '../../operations/define';
import { postOutputFields, postSample } from './samples';
import { postInputs, slugOf } from './postInputs';

export default defineGhlCreate({
  key: 'create_blog_post',
  noun: 'Post',
  label: 'Create Blog Post',
  description: "Creates a post on one of the location's blogs, as a draft or published.",
  endpoint: { method: 'POST', path: '/blogs/posts' },
  unwrap: 'data',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: postInputs('create'),
  defaults: () => ({ publishedAt: new Date().toISOString(), description: '' }),
  // GHL requires a slug and alt text; people rarely think of them.
  derive: (values) => ({
    urlSlug: values.urlSlug ?? slugOf(values.title),
    imageAltText: values.imageAltText ?? values.title,
  }),
  sample: postSample,
  outputFields: postOutputFields,
});
