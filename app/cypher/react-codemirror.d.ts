// The package ships its types at src/, but its "exports" map hides them from TypeScript's resolver.
declare module '@neo4j-cypher/react-codemirror' {
  export { CypherEditor } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
  export type { CypherEditorProps } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
