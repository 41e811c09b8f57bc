import { outputField } from '../../operations/outputFields';

const LOCATION = 've9EPM428h8vShlRW1KT';

/** GHL names blog records' IDs `_id`; the app copies it to `id` (idFrom). */
export const blogSample = { id: 'blgSmileTips0000001', _id: 'blgSmileTips0000001', name: 'Smile Tips' };
export const blogOutputFields = [outputField('id', 'Blog ID'), outputField('name', 'Name')];

export const authorSample = {
  id: 'autNaledi0000000001',
  _id: 'autNaledi0000000001',
  name: 'Dr Naledi Zulu',
  locationId: LOCATION,
  updatedAt: '2026-11-02T12:30:00.000Z',
  canonicalLink: 'https://blog.smiledental.example.com/author/naledi',
};
export const authorOutputFields = [
  outputField('id', 'Author ID'),
  outputField('name', 'Name'),
  outputField('canonicalLink', 'Author Page'),
  outputField('updatedAt', 'Updated At', 'datetime'),
];

export const categorySample = {
  id: 'catWhitening0000001',
  _id: 'catWhitening0000001',
  label: 'Whitening',
  urlSlug: 'whitening',
  locationId: LOCATION,
  updatedAt: '2026-11-02T12:30:00.000Z',
  canonicalLink: 'https://blog.smiledental.example.com/category/whitening',
};
export const categoryOutputFields = [
  outputField('id', 'Category ID'),
  outputField('label', 'Name'),
  outputField('urlSlug', 'URL Slug'),
  outputField('canonicalLink', 'Category Page'),
];

/** A blog post (BlogPostResponseDTO). */
export const postSample = {
  id: 'pstWinterSmile00001',
  _id: 'pstWinterSmile00001',
  title: 'Five ways to keep your smile bright this winter',
  description: 'Simple habits between check-ups.',
  imageUrl: 'https://images.example.com/winter-smile.jpg',
  imageAltText: 'A bright smile',
  status: 'PUBLISHED',
  urlSlug: 'winter-smile',
  categories: ['catWhitening0000001'],
  tags: ['whitening'],
  author: authorSample._id,
  archived: false,
  canonicalLink: 'https://blog.smiledental.example.com/post/winter-smile',
  publishedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};
export const postOutputFields = [
  outputField('id', 'Post ID'),
  outputField('title', 'Title'),
  outputField('description', 'Description'),
  outputField('status', 'Status'),
  outputField('urlSlug', 'URL Slug'),
  outputField('canonicalLink', 'Post URL'),
  outputField('imageUrl', 'Image URL'),
  outputField('author', 'Author ID'),
  outputField('publishedAt', 'Published At', 'datetime'),
  outputField('updatedAt', 'Updated At', 'datetime'),
];
