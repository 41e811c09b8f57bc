import { choice, dateTime, longText, recordId, stringList, text } from '../../operations/inputs';
import { blogId } from '../../fields/records';

export const POST_STATUSES = { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' };

/** A blog post's fields, shared by Create and Update Blog Post. */
export const postInputs = (mode: 'create' | 'update') => {
  const creating = mode === 'create';
  const keep = creating ? '' : ' Leave empty to keep the current value.';
  return [
    blogId(creating ? 'The blog to post to.' : 'The blog the post is in.'),
    text('title', { label: 'Title', helpText: `The post's title.${keep}`, required: creating }, 300),
    // GHL's update replaces the body and no GHL call reads it back, so it is always needed.
    longText(
      'rawHTML',
      {
        label: 'Content (HTML)',
        helpText: `The post's body as HTML, such as <p>Hello</p>.${creating ? '' : ' HighLevel replaces the whole body, so give all of it.'}`,
        required: true,
      },
      200_000,
    ),
    longText(
      'description',
      { label: 'Summary', helpText: `A short summary shown in lists and search results.${keep}` },
      1000,
    ),
    text(
      'imageUrl',
      { label: 'Featured Image URL', helpText: `The address of the post's main image.${keep}`, required: creating },
      2000,
    ),
    text(
      'imageAltText',
      {
        label: 'Image Alt Text',
        helpText: `Describes the image for screen readers.${creating ? ' Default: the title.' : keep}`,
      },
      300,
    ),
    choice(
      'status',
      { label: 'Status', helpText: `Draft, Published, Scheduled or Archived.${keep}`, required: creating },
      POST_STATUSES,
    ),
    recordId('author', {
      label: 'Author',
      helpText: `Who wrote the post.${keep}`,
      required: creating,
      extra: { dynamic: 'get_blog_authors.id.name' },
    }),
    stringList('categories', {
      label: 'Categories',
      helpText: `The post's categories.${keep}`,
      required: creating,
      extra: { dynamic: 'get_blog_categories.id.label' },
    }),
    stringList('tags', { label: 'Tags', helpText: `Words that describe the post.${keep}` }),
    text(
      'urlSlug',
      {
        label: 'URL Slug',
        helpText: `The end of the post's address, such as winter-smile.${creating ? ' Default: made from the title.' : keep}`,
      },
      200,
    ),
    text(
      'canonicalLink',
      {
        label: 'Canonical URL',
        helpText: `Where the original of this post lives, if it was published elsewhere first.${keep}`,
      },
      2000,
    ),
    dateTime('publishedAt', {
      label: 'Publish At',
      helpText: `When the post is (or was) published.${creating ? ' Default: now.' : keep}`,
    }),
  ];
};

/** A slug from a title: "Five Ways to Smile!" -> "five-ways-to-smile". */
export const slugOf = (title: unknown): string =>
  String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
