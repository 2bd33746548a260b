import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES } from '@lib/open-data/catalogue.ts';
import { arrayJsonSchema } from '@lib/open-data/records.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { schema: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: (typeof OPEN_DATA_FILES)[number] };
  return new Response(`${JSON.stringify(arrayJsonSchema(file.schema, file.title, file.description), null, 2)}\n`);
};
