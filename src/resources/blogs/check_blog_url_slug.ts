import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';
import { recordId, text } from '../../operations/inputs';

export default defineGhlTrigger({
  key: 'check_blog_url_slug',
  noun: 'URL Slug',
  label: 'Check Blog URL Slug',
  hidden: true,
  description: 'Triggers when the chosen URL slug is checked, saying whether a blog post already uses it.',
  endpoint: { method: 'GET', path: '/blogs/posts/url-slug-exists' },
  fromConnection: ['locationId'],
  // The blog only feeds the post dropdown.
  sends: ['locationId', 'urlSlug', 'postId'],
  inputs: [
    text('urlSlug', { label: 'URL Slug', helpText: 'The slug to check, such as winter-smile.', required: true }, 200),
    recordId('blogId', {
      label: 'Blog',
      helpText: 'The blog of the post being edited, to pick the post from a list.',
      extra: { dynamic: 'get_blogs.id.name' },
    }),
    recordId('postId', {
      label: 'Post Being Edited',
      helpText: 'When editing a post, the post itself, so its own slug does not count.',
      extra: { dynamic: 'get_blog_posts.id.title' },
    }),
  ],
  // GHL answers only { exists }: the slug is the row's ID, so each slug is one row.
  toRows: (data, inputs) => [
    { id: inputs.urlSlug, urlSlug: inputs.urlSlug, exists: Boolean((data as { exists?: unknown } | null)?.exists) },
  ],
  sample: { id: 'winter-smile', urlSlug: 'winter-smile', exists: true },
  outputFields: [outputField('urlSlug', 'URL Slug'), outputField('exists', 'Already Used', 'boolean')],
});
