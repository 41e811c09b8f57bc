import type { Resource } from '../../operations/registry';
import check_blog_url_slug from './check_blog_url_slug';
import create_blog_post from './create_blog_post';
import get_blog_authors from './get_blog_authors';
import get_blog_categories from './get_blog_categories';
import get_blog_posts from './get_blog_posts';
import get_blogs from './get_blogs';
import update_blog_post from './update_blog_post';

const triggers = [get_blogs, get_blog_posts, get_blog_authors, get_blog_categories, check_blog_url_slug];
const creates = [create_blog_post, update_blog_post];

export default { triggers, creates } satisfies Resource;
