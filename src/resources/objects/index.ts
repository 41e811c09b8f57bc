import type { Resource } from '../../operations/registry';
import list_custom_objects from './list_custom_objects';
import {
  create_custom_object_record,
  find_custom_object_record,
  find_custom_object_record_by_id,
  list_custom_object_records,
  update_custom_object_record,
} from './recordOperations';

export default {
  triggers: [list_custom_objects, list_custom_object_records],
  searches: [find_custom_object_record, find_custom_object_record_by_id],
  creates: [create_custom_object_record, update_custom_object_record],
} satisfies Resource;
