/** The little of `jsonld` (which ships no types) that the catalogue's tests use. */
declare module 'jsonld' {
  type Expanded = Record<string, unknown>[];
  const jsonld: {
    expand(input: object): Promise<Expanded>;
    toRDF(input: object, options: { format: 'application/n-quads' }): Promise<string>;
  };
  export default jsonld;
}
