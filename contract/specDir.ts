import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const WHERE_TO_GET = 'https://github.com/GoHighLevel/highlevel-api-docs (its apps/ and common/ folders)';

/**
 * The folder holding GHL's official OpenAPI specs: GHL_OPENAPI_DIR, or ../shared/ghl-openapi
 * beside the project. The specs are not copied into this repository.
 */
export const ghlOpenApiDir = (): string => {
  const dir = resolve(process.env.GHL_OPENAPI_DIR ?? resolve(process.cwd(), '..', 'shared', 'ghl-openapi'));
  if (!existsSync(resolve(dir, 'apps')) || !existsSync(resolve(dir, 'common', 'common-schemas.json'))) {
    throw new Error(
      `GHL's OpenAPI specs were not found in ${dir}. Download them from ${WHERE_TO_GET} ` +
        'and set GHL_OPENAPI_DIR to the folder that holds apps/ and common/.',
    );
  }
  return dir;
};
