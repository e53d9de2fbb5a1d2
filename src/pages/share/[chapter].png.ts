/** Share cards: per chapter a 1200x630 PNG of its lead chart under its headline, drawn at build time (Open Graph, Twitter, oEmbed thumbnail). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, type Chapter } from '../../site/chapters';
import { chapterCardPng } from '../../site/share/chapter-card';

export const getStaticPaths = (async () =>
  (await getChapters()).map((chapter) => ({ params: { chapter: chapter.slug }, props: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry, order, manifest, file } = props.chapter as Chapter;
  const png = chapterCardPng({ order, title: entry.data.title, lead: manifest.lead, file });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
