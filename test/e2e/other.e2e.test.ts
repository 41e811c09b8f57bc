import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { agencyConnection, eachTestConnected } from './sandboxApp';

/** Locations, the agency, associations and blogs, over real loopback HTTP against the sandbox. */
describe('locations, associations and blogs against the sandbox', () => {
  const app = eachTestConnected();

  it('creates a sub-account from a snapshot, lists and finds it, and the agency counts it', async () => {
    const { run } = await agencyConnection(app());
    const created = await run('creates', 'create_location', {
      name: 'Smile Dental Durban',
      city: 'Durban',
      country: 'ZA',
      timezone: 'Africa/Johannesburg',
      snapshotId: 'snpDental0000000001',
      prospectFirstName: 'Thabo',
      prospectLastName: 'Nkosi',
      prospectEmail: 'thabo@example.com',
    });
    expect(created).toMatchObject({ name: 'Smile Dental Durban', country: 'ZA', companyId: app().authData.companyId });
    const listed = await run('triggers', 'list_locations', {});
    expect(listed.map((l: { name: string }) => l.name)).toEqual([
      'Smile Dental Durban',
      expect.any(String),
      expect.any(String),
    ]);
    await expect(run('searches', 'find_location', { locationId: SANDBOX_LOCATION_ID })).resolves.toEqual([
      expect.objectContaining({ id: SANDBOX_LOCATION_ID }),
    ]);
    await expect(run('triggers', 'get_company', {})).resolves.toEqual([
      expect.objectContaining({ id: app().authData.companyId, locationCount: 3 }),
    ]);
    await expect(
      run('creates', 'create_location', { name: 'Nope', snapshotId: 'snpMissing000000001' }),
    ).rejects.toThrow(/Snapshot not found/);
  });

  it('makes an association, links two contacts with it, reads the link and removes it', async () => {
    const { run, sandbox } = app();
    const patient = await run('creates', 'create_contact', { firstName: 'Thandi', phone: '+27 82 555 0143' });
    const referrer = await run('creates', 'create_contact', { firstName: 'Sipho', phone: '+27 82 555 0144' });
    const association = await run('creates', 'create_association', {
      key: 'patient_buddy',
      firstObjectKey: 'contact',
      firstObjectLabel: 'Patient',
      secondObjectKey: 'contact',
      secondObjectLabel: 'Buddy',
    });
    await expect(run('triggers', 'find_associations', {})).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'patient_buddy' })]),
    );
    await expect(run('triggers', 'get_association_key', { key_name: 'patient_buddy' })).resolves.toEqual([
      expect.objectContaining({ id: association.id }),
    ]);
    await expect(run('triggers', 'get_association_by_object_key', { objectKey: 'contact' })).resolves.toHaveLength(2);
    await run('creates', 'update_association', {
      associationId: association.id,
      firstObjectLabel: 'Client',
      secondObjectLabel: 'Buddy',
    });
    await expect(run('triggers', 'get_association', { associationId: association.id })).resolves.toEqual([
      expect.objectContaining({ firstObjectLabel: 'Client' }),
    ]);

    await run('creates', 'create_relation', {
      associationId: association.id,
      firstRecordId: patient.id,
      secondRecordId: referrer.id,
    });
    await expect(
      run('creates', 'create_relation', {
        associationId: association.id,
        firstRecordId: patient.id,
        secondRecordId: referrer.id,
      }),
    ).rejects.toThrow(/already linked/);
    const [relation] = await run('triggers', 'get_relations_by_record', { recordId: referrer.id });
    expect(relation).toMatchObject({
      associationId: association.id,
      firstRecordId: patient.id,
      secondRecordId: referrer.id,
    });
    await run('creates', 'delete_relation', { recordId: referrer.id, relationId: relation.id });
    await expect(run('triggers', 'get_relations_by_record', { recordId: referrer.id })).resolves.toEqual([]);

    await run('creates', 'delete_association', { associationId: association.id });
    expect(sandbox.locations.get(SANDBOX_LOCATION_ID)!.associations.has(association.id)).toBe(false);
  });

  it('posts to a blog, checks the slug, and an update keeps what the step left empty', async () => {
    const { run, sandbox } = app();
    const [blog] = await run('triggers', 'get_blogs', {});
    const [author] = await run('triggers', 'get_blog_authors', {});
    const [category] = await run('triggers', 'get_blog_categories', {});
    const post = await run('creates', 'create_blog_post', {
      blogId: blog.id,
      title: 'Five Ways to Smile',
      rawHTML: '<p>Brush twice a day.</p>',
      imageUrl: 'https://img.example.com/smile.jpg',
      status: 'PUBLISHED',
      author: author.id,
      categories: [category.id],
      tags: 'whitening, winter',
    });
    expect(post).toMatchObject({
      id: post._id,
      urlSlug: 'five-ways-to-smile',
      imageAltText: 'Five Ways to Smile',
      tags: ['whitening', 'winter'],
    });
    await expect(run('triggers', 'check_blog_url_slug', { urlSlug: 'five-ways-to-smile' })).resolves.toEqual([
      expect.objectContaining({ exists: true }),
    ]);
    await expect(
      run('triggers', 'check_blog_url_slug', { urlSlug: 'five-ways-to-smile', postId: post.id }),
    ).resolves.toEqual([expect.objectContaining({ exists: false })]);

    await run('creates', 'update_blog_post', {
      postId: post.id,
      blogId: blog.id,
      title: 'Six Ways to Smile',
      rawHTML: '<p>And floss.</p>',
      status: '',
      tags: [],
    });
    const stored = sandbox.locations.get(SANDBOX_LOCATION_ID)!.blogPosts.get(post.id)!;
    expect(stored).toMatchObject({
      title: 'Six Ways to Smile',
      rawHTML: '<p>And floss.</p>',
      status: 'PUBLISHED',
      urlSlug: 'five-ways-to-smile',
      author: author.id,
      categories: [category.id],
      tags: ['whitening', 'winter'],
      imageUrl: 'https://img.example.com/smile.jpg',
      publishedAt: post.publishedAt,
    });
    await expect(run('triggers', 'get_blog_posts', { blogId: blog.id, status: 'PUBLISHED' })).resolves.toEqual([
      expect.objectContaining({ id: post.id, title: 'Six Ways to Smile' }),
    ]);
    await expect(
      run('creates', 'update_blog_post', { postId: 'pstMissing000000001', blogId: blog.id, rawHTML: '<p>x</p>' }),
    ).rejects.toThrow(/has no post/);
  });
});
