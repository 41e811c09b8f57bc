import type { Resource } from '../../operations/registry';
import create_association from './create_association';
import create_relation from './create_relation';
import delete_association from './delete_association';
import delete_relation from './delete_relation';
import find_associations from './find_associations';
import get_association from './get_association';
import get_association_by_object_key from './get_association_by_object_key';
import get_association_key from './get_association_key';
import get_relations_by_record from './get_relations_by_record';
import update_association from './update_association';

const triggers = [
  find_associations,
  get_association,
  get_association_key,
  get_association_by_object_key,
  get_relations_by_record,
];
const creates = [create_association, update_association, delete_association, create_relation, delete_relation];

export default { triggers, creates } satisfies Resource;
