import { expectCall, LOCATION_ID, run } from '../helpers';
import { type Row, describeRows } from './rowTable';

/** Blogs: the exact requests each row sends and what it returns (GHL's `_id` copied to `id`). */
const post = {
  _id: 'p1',
  title: 'Winter smiles',
  description: 'Tips',
  imageUrl: 'https://img.example.com/a.jpg',
  imageAltText: 'Smile',
  status: 'PUBLISHED',
  urlSlug: 'winter-smiles',
  categories: ['cat1'],
  author: 'aut1',
  publishedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  archived: false,
};
const older = { ...post, _id: 'p0', updatedAt: '2026-11-01T08:00:00.000Z' };

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'get_blogs',
    input: {},
    method: 'GET',
    path: '/blogs/site/all',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
    reply: { data: [{ _id: 'b1', name: 'Smile Tips' }] },
    output: [{ id: 'b1', _id: 'b1', name: 'Smile Tips' }],
  },
  {
    kind: 'triggers',
    key: 'get_blog_posts',
    input: { blogId: 'b1', status: 'PUBLISHED' },
    method: 'GET',
    path: '/blogs/posts/all',
    query: { locationId: LOCATION_ID, blogId: 'b1', status: 'PUBLISHED', limit: '100', offset: '0' },
    reply: { blogs: [older, post] },
    output: [
      { id: 'p1', ...post },
      { id: 'p0', ...older },
    ],
  },
  {
    kind: 'triggers',
    key: 'get_blog_authors',
    input: {},
    method: 'GET',
    path: '/blogs/authors',
    query: { locationId: LOCATION_ID, limit: '100', offset: '0' },
    reply: { authors: [{ _id: 'aut1', name: 'Dr Naledi Zulu' }] },
    output: [{ id: 'aut1', _id: 'aut1', name: 'Dr Naledi Zulu' }],
  },
  {
    kind: 'triggers',
    key: 'get_blog_categories',
    input: {},
    method: 'GET',
    path: '/blogs/categories',
    query: { locationId: LOCATION_ID, limit: '100', offset: '0' },
    reply: { categories: [{ _id: 'cat1', label: 'Whitening' }] },
    output: [{ id: 'cat1', _id: 'cat1', label: 'Whitening' }],
  },
  // The blog only feeds the post dropdown: it is never sent.
  {
    kind: 'triggers',
    key: 'check_blog_url_slug',
    input: { urlSlug: 'winter-smiles', blogId: 'b1' },
    method: 'GET',
    path: '/blogs/posts/url-slug-exists',
    query: { locationId: LOCATION_ID, urlSlug: 'winter-smiles' },
    reply: { exists: true },
    output: [{ id: 'winter-smiles', urlSlug: 'winter-smiles', exists: true }],
  },
  {
    kind: 'creates',
    key: 'create_blog_post',
    input: {
      blogId: 'b1',
      title: 'Five Ways to Smile, Café-Style!',
      rawHTML: '<p>Hi</p>',
      imageUrl: 'https://img.example.com/a.jpg',
      status: 'DRAFT',
      author: 'aut1',
      categories: 'cat1',
      publishedAt: '2026-12-01 09:00 +02:00',
    },
    method: 'POST',
    path: '/blogs/posts',
    body: {
      locationId: LOCATION_ID,
      blogId: 'b1',
      title: 'Five Ways to Smile, Café-Style!',
      rawHTML: '<p>Hi</p>',
      description: '',
      imageUrl: 'https://img.example.com/a.jpg',
      imageAltText: 'Five Ways to Smile, Café-Style!',
      status: 'DRAFT',
      author: 'aut1',
      categories: ['cat1'],
      urlSlug: 'five-ways-to-smile-cafe-style',
      publishedAt: '2026-12-01T07:00:00.000Z',
    },
    reply: { data: post },
    output: { id: 'p1', ...post },
  },
];

describeRows(rows);

describe('creates.update_blog_post', () => {
  it("keeps every field the step leaves empty, copied from the post as it is (GHL's update replaces the whole post)", async () => {
    const page = expectCall('GET', '/blogs/posts/all', 200, { blogs: [older, post] });
    const put = expectCall('PUT', '/blogs/posts/p1', 200, {
      updatedBlogPost: { ...post, title: 'Winter smiles, updated' },
    });
    const output = await run('creates', 'update_blog_post', {
      postId: 'p1',
      blogId: 'b1',
      title: 'Winter smiles, updated',
      rawHTML: '<p>New</p>',
      description: '',
      tags: [],
    });
    expect(page.sent[0]!.query).toEqual({ locationId: LOCATION_ID, blogId: 'b1', limit: '100', offset: '0' });
    const { _id, updatedAt, archived, ...kept } = post;
    expect(put.sent[0]!.body).toEqual({
      ...kept,
      locationId: LOCATION_ID,
      blogId: 'b1',
      title: 'Winter smiles, updated',
      rawHTML: '<p>New</p>',
    });
    expect(output).toMatchObject({ id: 'p1', title: 'Winter smiles, updated' });
  });

  it('says so, and changes nothing, when the post is not in the chosen blog', async () => {
    expectCall('GET', '/blogs/posts/all', 200, { blogs: [older] });
    await expect(
      run('creates', 'update_blog_post', { postId: 'p1', blogId: 'b1', rawHTML: '<p>New</p>' }),
    ).rejects.toThrow(/HighLevel has no post p1 in the chosen blog/);
  });
});
