// Validates JSON-LD against the schema.org vocabulary offline: Adobe's structured-data validator (types, properties by domain with inheritance, Google's rules for the types it knows) fed the vocabulary that @vocabulary/schema ships as N-Quads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Validator from '@adobe/structured-data-validator';

export interface Issue {
  issueMessage: string;
  severity: string;
  path?: unknown;
}

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const DOMAIN = 'http://schema.org/domainIncludes';

let vocabulary: { '@graph': object[] } | undefined;

/** The schema.org vocabulary (@vocabulary/schema's N-Quads) in the JSON-LD shape the validator reads: classes with parents, properties with domains. */
export function schemaOrgVocabulary(): { '@graph': object[] } {
  if (vocabulary) return vocabulary;
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const classes = new Map<string, string[]>();
  const properties = new Map<string, string[]>();
  const quads = [...readFileSync(file, 'utf8').matchAll(/^<([^>]+)> <([^>]+)> <([^>]+)>/gm)];
  for (const [, s, p, o] of quads) {
    if (!s!.startsWith(SCHEMA)) continue;
    const name = s!.slice(SCHEMA.length);
    if (p === RDF_TYPE && o === RDFS_CLASS && !classes.has(name)) classes.set(name, []);
    if (p === RDF_TYPE && o === RDF_PROPERTY && !properties.has(name)) properties.set(name, []);
  }
  for (const [, s, p, o] of quads) {
    if (!s!.startsWith(SCHEMA) || !o!.startsWith(SCHEMA)) continue;
    const name = s!.slice(SCHEMA.length);
    if (p === SUBCLASS) classes.get(name)?.push(o!.slice(SCHEMA.length));
    if (p === DOMAIN) properties.get(name)?.push(o!.slice(SCHEMA.length));
  }
  const ref = (n: string) => ({ '@id': `schema:${n}` });
  vocabulary = {
    '@graph': [
      ...[...classes].map(([n, parents]) => ({ '@id': `schema:${n}`, '@type': 'rdfs:Class', ...(parents.length ? { 'rdfs:subClassOf': parents.map(ref) } : {}) })),
      ...[...properties].map(([n, domains]) => ({ '@id': `schema:${n}`, '@type': 'rdf:Property', 'schema:domainIncludes': domains.map(ref) })),
    ],
  };
  return vocabulary;
}

/** Every issue the validator finds in one JSON-LD document (warnings included: an unknown property is a warning there). */
export async function validateJsonLd(doc: object): Promise<Issue[]> {
  const root = structuredClone(doc) as Record<string, unknown>;
  const type = String(root['@type']);
  return (await new Validator(schemaOrgVocabulary()).validate({ jsonld: { [type]: [root] }, microdata: {}, rdfa: {} })) as Issue[];
}
