/** The chapters collection: one MDX file per chapter in content/chapters, ordered by its NN- prefix. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content/chapters' }),
  schema: z.object({
    /** Chapter headline. */
    title: z.string().min(1),
    /** One-sentence standfirst under the headline. */
    dek: z.string().min(1),
    /** Share-card description (Open Graph, search results): at most 200 characters. */
    summary: z.string().min(1).max(200),
  }),
});

export const collections = { chapters };
