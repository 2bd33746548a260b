// The site's own collections, loaders and schemas: the floor reads and validates
// exactly the same content as the site it is compared with.
export { collections } from '../../../../src/content.config.ts';
