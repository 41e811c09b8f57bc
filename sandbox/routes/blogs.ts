import { badRequest, notFound, pageOf, route, type Reply, type RouteContext } from '../router';
import { type Json, newId, pickFields } from '../store';

const POST_FIELDS = [
  'title',
  'description',
  'imageUrl',
  'imageAltText',
  'status',
  'urlSlug',
  'canonicalLink',
  'categories',
  'tags',
  'author',
  'publishedAt',
  'rawHTML',
  'blogId',
];

const paged = (ctx: RouteContext, rows: Json[], offsetParam: string) =>
  pageOf(ctx, rows, { offsetParam, defaultLimit: 10 });

/** A post as GHL lists it (BlogPostResponseDTO): without its body or blog. */
const shown = ({ rawHTML: _html, blogId: _blog, ...post }: Json): Json => post;

const slugTaken = (ctx: RouteContext, slug: unknown, exceptPostId?: unknown) =>
  [...ctx.state.blogPosts.values()].some((p) => p.urlSlug === slug && p._id !== exceptPostId);

/** Checks what GHL checks before saving a post; the reply to send when something is wrong. */
const refusal = (ctx: RouteContext, exceptPostId?: string): Reply | undefined => {
  if (!ctx.state.blogs.some((b) => b._id === ctx.body.blogId)) return notFound('Blog');
  if (!ctx.state.blogAuthors.some((a) => a._id === ctx.body.author)) return badRequest('Author not found');
  const unknown = (ctx.body.categories as string[]).filter((id) => !ctx.state.blogCategories.some((c) => c._id === id));
  if (unknown.length) return badRequest(`Categories not found: ${unknown.join(', ')}`);
  if (slugTaken(ctx, ctx.body.urlSlug, exceptPostId)) return badRequest('URL slug already exists');
  return undefined;
};

export const blogRoutes = [
  route('GET', '/blogs/site/all', (ctx): Reply => {
    const q = (ctx.query.get('searchTerm') ?? '').toLowerCase();
    return [
      200,
      {
        data: paged(
          ctx,
          ctx.state.blogs.filter((b) => String(b.name).toLowerCase().includes(q)),
          'skip',
        ),
      },
    ];
  }),
  route('GET', '/blogs/authors', (ctx): Reply => [200, { authors: paged(ctx, ctx.state.blogAuthors, 'offset') }]),
  route('GET', '/blogs/categories', (ctx): Reply => [
    200,
    { categories: paged(ctx, ctx.state.blogCategories, 'offset') },
  ]),
  route('GET', '/blogs/posts/url-slug-exists', (ctx): Reply => [
    200,
    { exists: slugTaken(ctx, ctx.query.get('urlSlug'), ctx.query.get('postId')) },
  ]),
  route('GET', '/blogs/posts/all', (ctx): Reply => {
    const status = ctx.query.get('status');
    const q = (ctx.query.get('searchTerm') ?? '').toLowerCase();
    const posts = [...ctx.state.blogPosts.values()].filter(
      (p) =>
        p.blogId === ctx.query.get('blogId') &&
        (!status || p.status === status) &&
        String(p.title).toLowerCase().includes(q),
    );
    return [200, { blogs: paged(ctx, posts, 'offset').map(shown) }];
  }),
  route('POST', '/blogs/posts', (ctx): Reply => {
    const refused = refusal(ctx);
    if (refused) return refused;
    const post: Json = {
      _id: newId(),
      archived: ctx.body.status === 'ARCHIVED',
      ...pickFields(ctx.body, POST_FIELDS),
      updatedAt: ctx.now,
    };
    ctx.state.blogPosts.set(String(post._id), post);
    return [200, { data: shown(post) }];
  }),
  route('PUT', '/blogs/posts/{postId}', (ctx): Reply => {
    const post = ctx.state.blogPosts.get(ctx.params.postId!);
    if (!post) return notFound('Blog post');
    const refused = refusal(ctx, post._id as string);
    if (refused) return refused;
    // GHL's update replaces the post with what it is sent.
    const replaced: Json = {
      _id: post._id,
      archived: ctx.body.status === 'ARCHIVED',
      ...pickFields(ctx.body, POST_FIELDS),
      updatedAt: ctx.now,
    };
    ctx.state.blogPosts.set(String(post._id), replaced);
    return [200, { updatedBlogPost: shown(replaced) }];
  }),
];
