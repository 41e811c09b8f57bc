import { errors } from 'zapier-platform-core';
import type { Endpoint } from '../../http/endpoint';
import { defineGhlCreate } from '../../operations/define';
import { recordId } from '../../operations/inputs';
import type { GhlCaller } from '../../operations/spec';
import { postOutputFields, postSample } from './samples';
import { postInputs } from './postInputs';

const listPosts: Endpoint = { method: 'GET', path: '/blogs/posts/all' };
/** What GHL's PUT requires in full; whatever the step leaves empty is copied from the post as it is. */
const KEPT = [
  'title',
  'description',
  'imageUrl',
  'imageAltText',
  'status',
  'author',
  'categories',
  'urlSlug',
  'publishedAt',
  'tags',
  'canonicalLink',
];
const PAGE = 100;
const MAX_PAGES = 20;

/** The post as it is now: GHL has no read-one-post call, so the blog's pages are searched. */
const currentPost = async (ghl: GhlCaller, values: Record<string, unknown>) => {
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await ghl(listPosts, {
      locationId: values.locationId,
      blogId: values.blogId,
      limit: PAGE,
      offset: page * PAGE,
    });
    const posts = (answer?.blogs ?? []) as Array<Record<string, unknown>>;
    const post = posts.find((p) => p._id === values.postId);
    if (post)
      return Object.fromEntries(
        KEPT.filter((key) => values[key] === undefined && post[key] !== undefined).map((key) => [key, post[key]]),
      );
    if (posts.length < PAGE) break;
  }
  throw new errors.Error(
    `HighLevel has no post ${String(values.postId)} in the chosen blog: pick the post again, or check the Blog field.`,
    'PostNotFound',
    404,
  );
};

export default defineGhlCreate({
  key: 'update_blog_post',
  noun: 'Post',
  label: 'Update Blog Post',
  description: "Updates a blog post. Give the full content; other empty fields keep the post's current values.",
  endpoint: { method: 'PUT', path: '/blogs/posts/{postId}' },
  unwrap: 'updatedBlogPost',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: [
    recordId('postId', {
      label: 'Post',
      helpText: 'The post to update. Pick one from the blog, or map a Post ID from an earlier step.',
      required: true,
      extra: { dynamic: 'get_blog_posts.id.title' },
      example: '66c381b38be80858b9af62b6',
    }),
    ...postInputs('update'),
  ],
  lookup: { calls: [listPosts], run: currentPost },
  sample: postSample,
  outputFields: postOutputFields,
});
