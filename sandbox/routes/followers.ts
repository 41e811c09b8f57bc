import type { Reply } from '../router';

/** Adds or removes followers of one record; answers with the followers now and those that changed. */
export const changeFollowers = (
  all: Map<string, Set<string>>,
  recordId: string,
  asked: string[],
  add: boolean,
): Reply => {
  const current = all.get(recordId) ?? new Set<string>();
  const changed = asked.filter((id) => current.has(id) !== add);
  for (const id of asked)
    if (add) current.add(id);
    else current.delete(id);
  all.set(recordId, current);
  return [add ? 201 : 200, { followers: [...current], [add ? 'followersAdded' : 'followersRemoved']: changed }];
};
